def dedupe(items):
    # Keep an item if it is not already in the result list (a linear scan each time).
    result = []
    for x in items:
        if x not in result:
            result.append(x)
    return result
