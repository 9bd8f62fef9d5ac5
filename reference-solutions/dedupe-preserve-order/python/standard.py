def dedupe(items):
    # A set of the values seen so far gives O(1) membership tests.
    seen = set()
    result = []
    for x in items:
        if x not in seen:
            seen.add(x)
            result.append(x)
    return result
