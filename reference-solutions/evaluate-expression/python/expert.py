def evaluate(expr):
    # Tokenize with C string methods (pad operators with spaces, split), then one pass that
    # keeps, per parenthesis level, the sum of finished terms (acc), whether the current term
    # is subtracted (neg) and the current product (term); '*' sets mul for the next factor.
    toks = (expr.replace("(", " ( ").replace(")", " ) ").replace("+", " + ")
            .replace("-", " - ").replace("*", " * ").split())
    acc = 0
    neg = False
    term = 0
    mul = False
    stack = []
    push = stack.append
    pop = stack.pop
    for tok in toks:
        if tok == "*":
            mul = True
        elif tok == "+" or tok == "-":
            if neg:
                acc -= term
            else:
                acc += term
            neg = tok == "-"
            mul = False
        elif tok == "(":
            push((acc, neg, term, mul))
            acc = 0
            neg = mul = False
        elif tok == ")":
            v = acc - term if neg else acc + term
            acc, neg, term, mul = pop()
            term = term * v if mul else v
        elif mul:
            term *= int(tok)
        else:
            term = int(tok)
    return acc - term if neg else acc + term
