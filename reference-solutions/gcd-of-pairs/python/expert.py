from itertools import starmap
from math import gcd


def gcd_of_pairs(pairs):
    # starmap feeds each tuple straight to the C gcd: no Python-level loop or unpacking.
    return list(starmap(gcd, pairs))
