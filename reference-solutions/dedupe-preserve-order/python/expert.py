def dedupe(items):
    # dict keeps insertion order and ignores repeated keys: the whole pass runs in C.
    return list(dict.fromkeys(items))
