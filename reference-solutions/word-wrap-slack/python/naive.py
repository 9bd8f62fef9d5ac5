def wrap_slack(text, width):
    # Build every line as a string, trying each word by re-joining the line with it.
    words = text.split(" ") if text else []
    lines = []
    current = []
    for word in words:
        candidate = " ".join(current + [word])
        if len(candidate) <= width:
            current.append(word)
        else:
            lines.append(" ".join(current))
            current = [word]
    if current:
        lines.append(" ".join(current))
    slack = 0
    for line in lines[:-1]:
        slack += (width - len(line)) ** 2
    return [len(lines), slack]
