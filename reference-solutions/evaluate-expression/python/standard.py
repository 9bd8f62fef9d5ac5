def evaluate(expr):
    # One pass over the characters. Per parenthesis level keep the sum of finished terms,
    # the sign of the current term and the current product; '(' saves them on a stack.
    stack = []
    acc = 0
    sign = 1
    term = 0
    mul = False
    num = None
    for ch in expr + " ":
        if "0" <= ch <= "9":
            num = (0 if num is None else num * 10) + ord(ch) - 48
            continue
        if num is not None:
            term = term * num if mul else num
            num = None
        if ch == " ":
            continue
        if ch == "*":
            mul = True
        elif ch == "+" or ch == "-":
            acc += sign * term
            sign = 1 if ch == "+" else -1
            mul = False
        elif ch == "(":
            stack.append((acc, sign, term, mul))
            acc, sign, mul = 0, 1, False
        else:
            value = acc + sign * term
            acc, sign, term, mul = stack.pop()
            term = term * value if mul else value
    return acc + sign * term
