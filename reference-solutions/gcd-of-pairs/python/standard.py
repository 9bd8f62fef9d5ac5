from math import gcd


def gcd_of_pairs(pairs):
    return [gcd(a, b) for a, b in pairs]
