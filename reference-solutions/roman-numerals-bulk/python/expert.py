from itertools import repeat
from operator import add, floordiv, mod

THOUSANDS = ["", "M", "MM", "MMM"]
HUNDREDS = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
TENS = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
# Two digits at a time: the numeral of n is HIGH[n // 100] + LOW[n % 100]. The two tables cost
# 140 concatenations, far fewer than a table of all 3999 numerals, and leave one concatenation per
# number; map runs every step in C.
HIGH = [t + h for t in THOUSANDS for h in HUNDREDS]
LOW = [t + o for t in TENS for o in ONES]


def to_roman_all(nums):
    high = map(HIGH.__getitem__, map(floordiv, nums, repeat(100)))
    low = map(LOW.__getitem__, map(mod, nums, repeat(100)))
    return list(map(add, high, low))
