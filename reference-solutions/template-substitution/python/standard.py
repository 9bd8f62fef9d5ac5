import re

TOKEN = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}|\\(.)")


def render(template, variables):
    # One regex pass; each placeholder or escape is replaced by what it renders as.
    def replace(m):
        name = m.group(1)
        return variables.get(name, "") if name is not None else m.group(2)

    return TOKEN.sub(replace, template)
