# Brisk's checker server (trusted; no candidate code ever runs here). It judges the outputs of
# problems that come with a Python checker (ENAMEL's __check(input, answer, output)): the host
# sends one JSON line per output, {checker, args, expected, output} in the typed wire encoding,
# and reads back {"verdict": null} or {"verdict": "<why not>"}. Outside the runner, so the
# candidate can neither read the expected answer nor replace the verdict.
import builtins
import json
import sys

from supervisor_wire import decode


def judge(req):
    ns = {"__name__": "__brisk_checker__", "__builtins__": dict(builtins.__dict__)}
    try:
        exec(req["checker"], ns)
        ok = ns["__check"](tuple(decode(a) for a in req["args"]), decode(req["expected"]), decode(req["output"]))
    except BaseException as e:  # noqa: BLE001 - a checker that raises rejects the output
        return "the checker raised %s: %s" % (type(e).__name__, str(e)[:300])
    return None if ok else "the checker rejected the output"


def main():
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    for line in sys.stdin:
        verdict = judge(json.loads(line))
        sys.stdout.write(json.dumps({"verdict": verdict}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
