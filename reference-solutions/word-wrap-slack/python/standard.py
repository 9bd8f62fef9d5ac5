import re


def wrap_slack(text, width):
    # The usual regex idiom for wrapping, one match per line: a word start, then greedily up to
    # width - 1 more characters, backing off to the last word end. finditer streams the lines.
    # A line starts one past the previous line's end, so its length is end - previous end - 1.
    if not text:
        return [0, 0]
    lines = 0
    slack = 0
    gap = 0
    prev = -1
    for m in re.finditer(r"\S.{0,%d}(?= |\Z)" % (width - 1), text):
        slack += gap * gap
        end = m.end()
        gap = width + prev + 1 - end
        prev = end
        lines += 1
    return [lines, slack]
