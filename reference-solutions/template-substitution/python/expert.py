import re

# re.split with two groups returns text, name, escaped character, text, ...: a placeholder leaves
# its name in the first group and None in the second, an escape the other way round. The names
# are swapped for their values by a C-level map (None, and unknown names, give None), and join
# skips every None: no Python step per token.
TOKEN = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}|\\(.)")


def render(template, variables):
    parts = TOKEN.split(template)
    parts[1::3] = map(variables.get, parts[1::3])
    return "".join(filter(None, parts))
