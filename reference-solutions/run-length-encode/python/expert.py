from itertools import groupby


def run_length_encode(s):
    # groupby walks the runs in C; [*g] measures a run without a Python-level loop.
    return "".join([k + str(len([*g])) for k, g in groupby(s)])
