# The typed wire encoding (src/problem/codec.ts), decoding side, for the trusted Python parts.


def decode(w):
    if isinstance(w, list):
        return [decode(x) for x in w]
    if isinstance(w, dict):
        if "$int" in w:
            return int(w["$int"])
        if "$float" in w:
            return float(w["$float"])
        if "$tuple" in w:
            return tuple(decode(x) for x in w["$tuple"])
        if "$set" in w:
            return set(decode(x) for x in w["$set"])
        if "$dict" in w:
            return {decode(k): decode(v) for k, v in w["$dict"]}
        raise ValueError("unknown wire tag")
    return w
