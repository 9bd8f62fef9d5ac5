def gcd_of_pairs(pairs):
    # Euclid's algorithm written out by hand for every pair.
    result = []
    for a, b in pairs:
        while b != 0:
            a, b = b, a % b
        result.append(a)
    return result
