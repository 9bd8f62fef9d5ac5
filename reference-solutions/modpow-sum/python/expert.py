from itertools import repeat


def modpow_sum(bases, exps, m):
    # map drives pow from C; one reduction at the end (Python ints do not overflow).
    return sum(map(pow, bases, exps, repeat(m, len(bases)))) % m
