# The typed wire encoding (src/problem/codec.ts) for the trusted Python parts: decoding for the
# supervisor and checker; encoding for the ENAMEL importer (runners encode in C, brisk_py.c, and
# a test holds the two encoders to the same output).
import json
import math

_TAGS = {
    "$int": int,
    "$float": float,
    "$tuple": tuple,
    "$set": set,
    "$dict": lambda pairs: {k: v for k, v in pairs},
}


def _tag_hook(d):
    """json's object hook: a tagged value, decoded as the C parser builds it (no Python walk
    over plain lists); other objects (the job header's own) stay dicts."""
    if len(d) == 1:
        (key, value), = d.items()
        if key.startswith("$"):
            if key not in _TAGS:
                raise ValueError("unknown wire tag")
            return _TAGS[key](value)
    return d


def loads(text):
    """JSON text whose wire values come out decoded."""
    return json.loads(text, object_hook=_tag_hook)


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


def encode(v, depth=0):
    if depth > 200:
        raise ValueError("result nested too deeply to encode")
    t = type(v)
    if v is None or t is bool or t is str:
        return v
    if t is int:
        return v if -(2**53) <= v <= 2**53 else {"$int": str(v)}
    if t is float:
        if math.isnan(v):
            return {"$float": "nan"}
        if math.isinf(v):
            return {"$float": "inf" if v > 0 else "-inf"}
        return {"$float": v} if v.is_integer() else v
    if t is list:
        return [encode(x, depth + 1) for x in v]
    if t is tuple:
        return {"$tuple": [encode(x, depth + 1) for x in v]}
    if t is set or t is frozenset:
        return {"$set": [encode(x, depth + 1) for x in v]}
    if t is dict:
        return {"$dict": [[encode(k, depth + 1), encode(x, depth + 1)] for k, x in v.items()]}
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return encode(int(v), depth)
    if isinstance(v, float):
        return encode(float(v), depth)
    if isinstance(v, str):
        return str(v)
    if isinstance(v, (list, tuple, set, frozenset, dict)):
        return encode(_plain(v), depth)
    raise TypeError("a value of type %s has no wire encoding" % t.__name__)


def _plain(v):
    for base in (dict, list, tuple, frozenset, set):
        if isinstance(v, base):
            return base(v)
    return v
