import json
from bisect import bisect_right
from itertools import accumulate

NO_DIGITS = str.maketrans("", "", "0123456789")
LETTERS_TO_COMMAS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "," * 26)


def decode_at(encoded, positions):
    # Never decode: the runs' end offsets and a binary search per position find each letter.
    # Parsing is all in C: translate drops the digits (the letters, one per run) or turns the
    # letters into commas, and one json.loads reads every count. Memory is per run.
    if not encoded:
        return ""
    letters = encoded.translate(NO_DIGITS)
    ends = list(accumulate(json.loads("[" + encoded.translate(LETTERS_TO_COMMAS)[1:] + "]")))
    return "".join([letters[bisect_right(ends, p)] for p in positions])
