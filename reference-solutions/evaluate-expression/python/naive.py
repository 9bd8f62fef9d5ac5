def evaluate(expr):
    expr = expr.replace(" ", "")
    # Read the numbers and operators of this level; a parenthesized part is evaluated
    # recursively on its substring.
    tokens = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c == "(":
            depth = 1
            j = i + 1
            while depth > 0:
                if expr[j] == "(":
                    depth += 1
                elif expr[j] == ")":
                    depth -= 1
                j += 1
            tokens.append(evaluate(expr[i + 1:j - 1]))
            i = j
        elif c.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            tokens.append(int(expr[i:j]))
            i = j
        else:
            tokens.append(c)
            i += 1
    # Multiplications first, then additions and subtractions from left to right.
    terms = [tokens[0]]
    for k in range(1, len(tokens), 2):
        if tokens[k] == "*":
            terms[-1] = terms[-1] * tokens[k + 1]
        else:
            terms.append(tokens[k])
            terms.append(tokens[k + 1])
    result = terms[0]
    for k in range(1, len(terms), 2):
        if terms[k] == "+":
            result = result + terms[k + 1]
        else:
            result = result - terms[k + 1]
    return result
