# Brisk's in-sandbox line tracer for `brisk profile` (not a meter: nothing here is scored or
# timed). Reads one job (JSON) on stdin: {kind, entry, source, tests: [{args} | {stdin}]}; for
# each test, in a fresh namespace, counts the line events (sys.settrace) of the candidate's own
# code during the call only (a function problem's module body runs untraced, as in the meter's
# counted region; a program's whole body is the call). On the test named by `opcodes_of` it also
# counts bytecode instructions per line (f_trace_opcodes): the host weighs lines by them. Writes
# one JSON event per line on the stdout it was started with; the candidate's fd 1 is /dev/null,
# so its prints never mix in.
import builtins
import gc
import io
import json
import os
import sys
import traceback

from supervisor_wire import loads  # the tracer stage is on PYTHONPATH

FILENAME = "<candidate>"
SCRATCH = os.environ.get("BRISK_SCRATCH", "/tmp")
# Captured before any candidate code runs: a candidate that rebinds sys.settrace or
# sys.gettrace cannot stop the tracer from being installed or its loss from being noticed.
settrace, gettrace = sys.settrace, sys.gettrace


class Sink:
    encoding = "utf-8"

    def write(self, s):
        return len(s)

    def writelines(self, lines):
        pass

    def flush(self):
        pass

    def isatty(self):
        return False


class Tampered(Exception):
    pass


def traced(run, opcodes):
    """Runs run() with line events (and opcodes, if asked) of the candidate's frames counted."""
    counts = {}
    ops = {}
    get, get_op = counts.get, ops.get

    def local(frame, event, arg):
        if event == "line":
            n = frame.f_lineno
            counts[n] = get(n, 0) + 1
        elif event == "opcode":
            n = frame.f_lineno
            if n is not None:  # 3.11's artificial instructions have no line
                ops[n] = get_op(n, 0) + 1
        return local

    def hook(frame, event, arg):
        if frame.f_code.co_filename != FILENAME:
            return None
        if opcodes:
            frame.f_trace_opcodes = True
        return local

    gc.collect()
    settrace(hook)
    try:
        run()
    finally:
        still = gettrace() is hook
        settrace(None)
    if not still:
        raise Tampered("the candidate replaced or removed the trace function (sys.settrace): its line counts would be incomplete")
    return counts, ops


def fresh_namespace(kind):
    name = "__main__" if kind == "stdio" else "__brisk_candidate__"
    return {"__name__": name, "__builtins__": dict(builtins.__dict__)}


def function_call(code, entry, test):
    ns = fresh_namespace("function")
    exec(code, ns)
    fn = ns.get(entry)
    if not callable(fn):
        raise LookupError("no function named %r" % entry)
    args = test["args"]
    return lambda: fn(*args)


def program_run(code, test, devnull):
    path = os.path.join(SCRATCH, "stdin")
    with open(path, "w", encoding="utf-8") as f:
        f.write(test["stdin"])
    ns = fresh_namespace("stdio")

    def run():
        fd = os.open(path, os.O_RDONLY)
        os.dup2(fd, 0)
        os.close(fd)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        try:
            exec(code, ns)
        except SystemExit as e:
            if e.code not in (None, 0):
                raise
        finally:
            sys.stdout = Sink()
            os.dup2(devnull, 1)
            os.dup2(devnull, 0)

    return run


def main():
    # The wire's tags decoded while parsing, by the supervisors' own decoder.
    job = loads(sys.stdin.read())
    out = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    sys.stdout = sys.stderr = Sink()

    def send(**ev):
        out.write(json.dumps(ev) + "\n")

    try:
        code = compile(job["source"], FILENAME, "exec")
    except SyntaxError as e:
        send(ev="compile_error", message="%s (line %s)" % (e.msg, e.lineno))
        return
    sys.setrecursionlimit(10000)
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    try:
        run_tests(job, code, devnull, send)
    except BaseException:  # noqa: BLE001 - a fault of the tracer itself is reported, never silent
        send(ev="tracer_error", message=traceback.format_exc()[-1000:])


def run_tests(job, code, devnull, send):
    for i, test in enumerate(job["tests"]):
        send(ev="begin", i=i)
        try:
            if job["kind"] == "stdio":
                run = program_run(code, test, devnull)
            else:
                run = function_call(code, job["entry"], test)
            counts, ops = traced(run, i == job.get("opcodes_of"))
        except BaseException as e:  # noqa: BLE001 - the candidate's failure, reported per test
            send(ev="error", i=i, type=type(e).__name__, message=str(e)[:300])
            return
        extra = {"opcodes": sorted([line, n] for line, n in ops.items())} if ops else {}
        send(ev="lines", i=i, counts=[[line, n] for line, n in sorted(counts.items())], **extra)
    send(ev="done")


if __name__ == "__main__":
    try:
        main()
    finally:
        sys.stdout.flush()
        os._exit(0)
