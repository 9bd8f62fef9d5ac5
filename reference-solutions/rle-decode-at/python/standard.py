import re
from bisect import bisect_right


def decode_at(encoded, positions):
    # Parse the runs, keep each run's end offset, and binary-search each position's run.
    letters = []
    ends = []
    total = 0
    for letter, count in re.findall(r"([a-z])(\d+)", encoded):
        total += int(count)
        letters.append(letter)
        ends.append(total)
    return "".join([letters[bisect_right(ends, p)] for p in positions])
