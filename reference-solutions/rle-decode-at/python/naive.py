def decode_at(encoded, positions):
    # Decode the whole string, one character at a time, then index it.
    decoded = []
    i = 0
    n = len(encoded)
    while i < n:
        letter = encoded[i]
        i += 1
        digits = ""
        while i < n and encoded[i].isdigit():
            digits += encoded[i]
            i += 1
        for _ in range(int(digits)):
            decoded.append(letter)
    return "".join([decoded[p] for p in positions])
