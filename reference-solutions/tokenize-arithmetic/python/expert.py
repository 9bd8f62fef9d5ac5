import re

# Alternatives in order of the rules; a regular expression alternation takes the first that
# matches, so the two-character operators come before the single characters. Whitespace
# matches nothing and findall steps over it, all inside the C regex engine.
TOKEN = re.compile(r'[0-9]+(?:\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*'
                   r'|\*\*|//|==|!=|<=|>=|<<|>>|&&|\|\||->|[-+*/%^&|!<>=()\[\]{},.;:]')


def tokenize(expr):
    return TOKEN.findall(expr)
