import sys
from itertools import compress, count, repeat
from operator import itemgetter, mul

# Streams the bytes in blocks and never runs a Python step per field or record.
# Splitting a block at every quote puts the text inside quotes in the odd pieces: their commas and
# newlines are blanked in one pass over all of them (joined by a byte that never occurs), the block
# is put back together, and plain splits find the records and field c. Only lengths matter: a
# quoted value is its raw text less the outer quotes and one quote of each doubled pair, so
# len(value) = len(raw) - quotes / 2 - (1 if quoted). A block is cut after the last newline that
# lies outside quotes (in an even piece); the rest is carried into the next block.
BLOCK = 1 << 14
c = int(sys.stdin.buffer.readline())
read = sys.stdin.buffer.read
records = total = weighted = 0
rest = b""
while True:
    chunk = read(BLOCK)
    buffer = rest + chunk
    pieces = buffer.split(b'"')
    if chunk:
        k = len(pieces) - 1 if len(pieces) % 2 else len(pieces) - 2  # the last piece outside quotes
        cut = pieces[k].rfind(b"\n")
        while cut < 0 and k >= 2:
            k -= 2
            cut = pieces[k].rfind(b"\n")
        if cut < 0:  # no complete record yet
            rest = buffer
            continue
        rest = b'"'.join([pieces[k][cut + 1 :], *pieces[k + 1 :]])
        pieces[k] = pieces[k][: cut + 1]
        del pieces[k + 1 :]
    if len(pieces) > 1:
        pieces[1::2] = b"\0".join(pieces[1::2]).replace(b",", b" ").replace(b"\n", b" ").split(b"\0")
    lines = b'"'.join(pieces).split(b"\n")
    lines.pop()  # the block ends with a newline
    raws = list(map(itemgetter(c), map(bytes.split, lines, repeat(b","))))
    lengths = list(map(len, raws))
    quotes = list(map(bytes.count, raws, repeat(b'"')))
    first = records + 1
    records += len(raws)
    total += sum(lengths) - sum(quotes) // 2 - (len(raws) - quotes.count(0))
    weighted += sum(map(mul, lengths, count(first))) - sum(map(mul, quotes, count(first))) // 2 - sum(compress(count(first), quotes))
    if not chunk:
        break
print(records, total, weighted)
