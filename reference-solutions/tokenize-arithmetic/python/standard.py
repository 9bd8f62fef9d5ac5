import re

TOKEN = re.compile(r'[0-9]+(?:\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*'
                   r'|\*\*|//|==|!=|<=|>=|<<|>>|&&|\|\||->|[-+*/%^&|!<>=()\[\]{},.;:]')


def tokenize(expr):
    # One regular expression for all kinds of token, its alternatives in the order of the rules
    # (two-character operators before single characters); scan match by match.
    return [m.group() for m in TOKEN.finditer(expr)]
