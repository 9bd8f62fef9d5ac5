import re

ENCODE = str.maketrans({"\\": "\0", "{": "\1", "}": "\2"})
PLACEHOLDER = re.compile(r"\{\{[a-z][a-z0-9_]*\}\}")


def render(template, variables):
    # Hide escapes behind control characters, then replace each variable's placeholder over the
    # whole text, one variable after another (values hidden the same way, so they are never read
    # again), drop the placeholders left (unknown names), and restore the hidden characters.
    text = template.replace("\\\\", "\0").replace("\\{", "\1").replace("\\}", "\2")
    for name, value in variables.items():
        text = text.replace("{{" + name + "}}", value.translate(ENCODE))
    text = PLACEHOLDER.sub("", text)
    return text.replace("\0", "\\").replace("\1", "{").replace("\2", "}")
