"""Typical solution code, run once in a counted zygote before it serves: valgrind translates
each block of the interpreter's machine code the first time it runs, and a runner's new
translations die with it, so every runner paid again for what the zygote had never run
(about 50 ms a call). Run here, they are made once and every fork inherits them. Nothing of it
is counted, and it runs the same way in every supervisor, so counts stay deterministic."""
import bisect
import collections
import functools
import heapq
import itertools
import math
import re
import string


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return math.hypot(self.x, self.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def walk(graph, start):
    seen, queue, order = {start}, collections.deque([start]), []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def numbers(xs):
    total, best, prefix = 0, -(10**18), [0]
    for i, x in enumerate(xs):
        total += x * x % 7 - (x // 3) + (x << 1 >> 1) ^ (x & 5) | i
        best = max(best, total)
        prefix.append(prefix[-1] + x)
    dp = [0] * (len(xs) + 1)
    for i in range(1, len(dp)):
        dp[i] = min(dp[i - 1] + 1, dp[i // 2] + 2) if i % 2 == 0 else dp[i - 1] + 1
    floats = [x / 7.0 + 0.5 for x in xs]
    return total, best, sum(prefix), dp[-1], round(sum(floats), 3), math.sqrt(abs(total)), math.gcd(total, 84), pow(3, len(xs), 10**9 + 7), 2**100 + total


def containers(xs):
    counts = collections.Counter(xs)
    groups = collections.defaultdict(list)
    for x in xs:
        groups[x % 5].append(x)
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    uniq = sorted(set(xs) - {0, 1} | {2})
    heap = list(xs)
    heapq.heapify(heap)
    smallest = [heapq.heappop(heap) for _ in range(min(5, len(heap)))]
    heapq.heappush(heap, -1)
    at = bisect.bisect_left(uniq, 10)
    bisect.insort(uniq, 11)
    table = {x: i for i, x in enumerate(xs)}
    nested = [[i * j for j in range(5)] for i in range(5)]
    transposed = list(map(list, zip(*nested, strict=True)))
    frozen = frozenset(uniq) & {1, 2, 3}
    sliced = xs[::2] + xs[1:5] + xs[-3:]
    sliced.reverse()
    sliced.sort(reverse=True)
    del sliced[0:2]
    window = list(itertools.islice(itertools.accumulate(xs), 5))
    combos = sum(1 for _ in itertools.combinations(range(6), 3)) + sum(1 for _ in itertools.permutations(range(4)))
    chained = list(itertools.chain.from_iterable(groups.values()))
    return pairs[:3], at, table.get(3), transposed[1], frozen, sliced[:3], smallest, window, combos, len(chained), any(xs), all(xs), tuple(reversed(uniq))[:2]


def text(words):
    line = " ".join(words)
    parts = line.split()
    upper = [w.upper() for w in parts if w.isalpha()]
    counts = {}
    for ch in line:
        counts[ch] = counts.get(ch, 0) + 1
    joined = "".join(sorted(counts))
    found = re.findall(r"[a-z]+\d*", line)
    swapped = line.replace("a", "b").strip().lower().startswith("b")
    formatted = f"{len(parts):>5}|{joined[:3]!r}|{3.14159:.2f}" + "%d-%s" % (len(found), swapped)
    chars = [ord(c) for c in line[:10]] + [chr(97 + i) for i in range(5)]
    encoded = line.encode("utf-8").decode("utf-8")
    return upper[:2], formatted, chars, encoded.find("c"), line.count("a"), string.ascii_lowercase.index("k"), str(12345)[::-1], int("42") + len(repr(parts))


def errors(xs):
    caught = 0
    for x in xs:
        try:
            if x % 3 == 0:
                raise ValueError(x)
            _ = {}[x] if x % 3 == 1 else xs[x * 1000]
        except (ValueError, KeyError, IndexError):
            caught += 1
        finally:
            caught += 0
    return caught


def generators(n):
    def gen(k):
        for i in range(k):
            yield i * i

    squares = list(gen(n))
    evens = (x for x in squares if x % 2 == 0)
    return sum(evens), max(squares, default=0), min(squares), sorted(squares, reverse=True)[:2]


def recursion(n):
    memo = {}

    def ways(k):
        if k <= 1:
            return 1
        if k not in memo:
            memo[k] = ways(k - 1) + ways(k - 2)
        return memo[k]

    return ways(n), fib(n)


def objects(n):
    points = [Point(i % 7, i % 5) for i in range(n)]
    points.sort()
    return sum(p.norm() for p in points), min(points).x, isinstance(points[0], Point), getattr(points[0], "y" if n else "x"), hasattr(points[0], "z")


def run():
    xs = [(i * 7919) % 101 for i in range(200)]
    graph = {i: [(i * 3) % 50, (i + 1) % 50] for i in range(50)}
    words = ["alpha", "beta", "gamma1", "delta", "eps"] * 20
    for _ in range(3):
        numbers(xs)
        containers(xs)
        text(words)
        errors(xs[:60])
        generators(100)
        recursion(60)
        objects(60)
        walk(graph, 0)
