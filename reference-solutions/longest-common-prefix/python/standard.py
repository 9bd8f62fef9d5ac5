def longest_common_prefix(strs):
    # Horizontal scan: shrink the candidate prefix until every string starts with it.
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
        if not prefix:
            break
    return prefix
