import sys

# Whole input at once; per line: split, reverse, join, all through C-level map calls.
lines = sys.stdin.buffer.read().split(b"\n")
if lines[-1] == b"":
    lines.pop()
if lines:
    out = b"\n".join(map(b" ".join, map(reversed, map(bytes.split, lines))))
    sys.stdout.write(out.decode() + "\n")
