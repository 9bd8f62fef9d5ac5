import sys
from itertools import repeat
from operator import itemgetter

# Parsing stays in C calls, with one Python step per section header rather than per line. The
# text is cut at its headers ("\n["); each section's lines are partitioned at the first "=" by
# map, and dict/update take the (key, value) pairs in order, so the last assignment wins. Blank
# and comment lines leave keys no query can name ("", ";...", "#...").
data = "\n" + sys.stdin.read()
sep = data.find("\n--\n")
chunks = data[: sep + 1].split("\n[")
partition = str.partition
key = itemgetter(0)
value = itemgetter(2)
parts = list(map(partition, chunks[0].split("\n"), repeat("=")))
config = {"": dict(zip(map(key, parts), map(value, parts)))}
get = config.get
for i in range(1, len(chunks)):
    name, _, body = chunks[i].partition("]")
    parts = list(map(partition, body.split("\n"), repeat("=")))
    keys = get(name)
    if keys is None:
        config[name] = dict(zip(map(key, parts), map(value, parts)))
    else:
        keys.update(zip(map(key, parts), map(value, parts)))
none = {}
out = []
for query in data[sep + 4 :].split("\n"):
    section, _, k = query.partition(".")
    out.append(get(section, none).get(k, "<missing>"))
out[-1] = ""  # the text after the last newline is no query
sys.stdout.write("\n".join(out))
