def run_length_encode(s):
    # One pass: count the current run, emit "char + count" when it ends, join once.
    if not s:
        return ""
    parts = []
    prev = s[0]
    count = 0
    for ch in s:
        if ch == prev:
            count += 1
        else:
            parts.append(prev + str(count))
            prev = ch
            count = 1
    parts.append(prev + str(count))
    return "".join(parts)
