def wrap_slack(text, width):
    # Jump a line at a time: the line starting at `start` ends at the last space at or before
    # start + width (rfind scans only the last word, in C). Nothing is split or copied.
    n = len(text)
    if n == 0:
        return [0, 0]
    rfind = text.rfind
    lines = 1
    slack = 0
    start = 0
    while n - start > width:
        cut = rfind(" ", start, start + width + 1)
        slack += (width + start - cut) ** 2
        start = cut + 1
        lines += 1
    return [lines, slack]
