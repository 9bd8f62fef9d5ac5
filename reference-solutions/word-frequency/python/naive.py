import sys

text = sys.stdin.read()
counts = {}
word = ""
for ch in text:
    if ch.isalpha():
        word += ch
    else:
        if word != "":
            if word in counts:
                counts[word] += 1
            else:
                counts[word] = 1
            word = ""
if word != "":
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1

items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in items[:10]:
    print(word, count)
