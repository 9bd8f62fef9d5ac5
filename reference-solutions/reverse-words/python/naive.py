while True:
    try:
        line = input()
    except EOFError:
        break
    words = line.split()
    result = ""
    for i in range(len(words) - 1, -1, -1):
        result += words[i]
        if i > 0:
            result += " "
    print(result)
