TWO = ['**', '//', '==', '!=', '<=', '>=', '<<', '>>', '&&', '||', '->']
ONE = '+-*/%^&|!<>=()[]{},.;:'
DIGITS = '0123456789'
WORD_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'


def tokenize(expr):
    # Character by character, growing each token one character at a time.
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch in ' \t\n':
            i += 1
        elif ch in DIGITS:
            token = ''
            while i < len(expr) and expr[i] in DIGITS:
                token = token + expr[i]
                i += 1
            if i + 1 < len(expr) and expr[i] == '.' and expr[i + 1] in DIGITS:
                token = token + '.'
                i += 1
                while i < len(expr) and expr[i] in DIGITS:
                    token = token + expr[i]
                    i += 1
            tokens.append(token)
        elif ch in WORD_START:
            token = ''
            while i < len(expr) and (expr[i] in WORD_START or expr[i] in DIGITS):
                token = token + expr[i]
                i += 1
            tokens.append(token)
        elif expr[i:i + 2] in TWO:
            tokens.append(expr[i:i + 2])
            i += 2
        else:
            tokens.append(ch)
            i += 1
    return tokens
