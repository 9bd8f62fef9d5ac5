# Brisk's in-sandbox Python harness. Reads one job (JSON) from stdin, runs the candidate on
# every test in order and writes one JSON event per line to fd 3. The candidate's own output
# never reaches the protocol pipe. Keep this file byte-identical across candidates: instruction
# counts include the few harness instructions inside the counted region.
import builtins
import gc
import io
import json
import math
import os
import sys
import time
import traceback

PROTO_IN, PROTO_OUT = 0, 3
perf_ns = time.perf_counter_ns
cpu_ns = time.process_time_ns
SCRATCH = os.environ.get("BRISK_SCRATCH", "/tmp")


class Sink:
    """Discards everything a candidate prints (prints never fail a sample)."""

    encoding = "utf-8"

    def write(self, s):
        return len(s)

    def writelines(self, lines):
        pass

    def flush(self):
        pass

    def isatty(self):
        return False


def decode(w):
    if isinstance(w, list):
        return [decode(x) for x in w]
    if isinstance(w, dict):
        if "$int" in w:
            return int(w["$int"])
        if "$float" in w:
            f = w["$float"]
            return float(f) if isinstance(f, str) else float(f)
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


STDOUT_PENDING = object()


def reset_rss_peak():
    # "5" resets the peak RSS (VmHWM) to the current RSS (Linux >= 4.0, proc(5)).
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def rss_peak():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmHWM in /proc/self/status")


class Job:
    def __init__(self, job):
        self.job = job
        self.kind = job["kind"]
        self.entry = job.get("entry")
        self.out = os.fdopen(PROTO_OUT, "w", buffering=1, encoding="utf-8")
        self.sink = Sink()
        self.devnull = os.open(os.devnull, os.O_WRONLY)
        self.checker = job.get("checker")

    def check(self, test, output):
        # An imported problem's Python checker (ENAMEL's __check(input, answer, output)), run
        # after the call and outside every measurement, on freshly decoded input and answer.
        ns = {"__name__": "__brisk_checker__", "__builtins__": dict(builtins.__dict__)}
        try:
            exec(self.checker, ns)
            ok = ns["__check"](tuple(decode(a) for a in test["args"]), decode(test["expected"]), output)
        except BaseException as e:  # noqa: BLE001 - a checker that raises rejects the output
            return "the checker raised %s: %s" % (type(e).__name__, str(e)[:300])
        return None if ok else "the checker rejected the output"

    def send(self, **ev):
        self.out.write(json.dumps(ev, allow_nan=False) + "\n")

    # Each call gets a fresh namespace (module state cannot carry over) and freshly decoded input.
    def prepare(self, code, test):
        ns = {"__name__": "__main__" if self.kind == "stdio" else "__brisk_candidate__",
              "__builtins__": dict(builtins.__dict__)}
        if self.kind == "stdio":
            return ns, self.stdin_file(test["stdin"])
        exec(code, ns)
        fn = ns.get(self.entry)
        if not callable(fn):
            raise LookupError("no function named %r" % self.entry)
        return fn, [decode(a) for a in test["args"]]

    def stdin_file(self, text):
        # Written before the clock starts: only the program's own work is timed or counted.
        path = os.path.join(SCRATCH, "stdin")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def call(self, code, prepared):
        if self.kind == "stdio":
            return self.run_program(code, *prepared)
        fn, args = prepared
        return fn(*args)

    def run_program(self, code, ns, stdin_path):
        fd_in = os.open(stdin_path, os.O_RDONLY)
        fd_out = os.open(os.path.join(SCRATCH, "stdout"), os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd_in, 0)
        os.dup2(fd_out, 1)
        os.close(fd_in)
        os.close(fd_out)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
        try:
            exec(code, ns)
        except SystemExit as e:
            if e.code not in (None, 0):
                raise
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            sys.stdout = self.sink
            os.dup2(self.devnull, 1)
        return STDOUT_PENDING

    def output(self, result):
        """The call's result; for programs, read back after the clock stopped."""
        if result is not STDOUT_PENDING:
            return result
        with open(os.path.join(SCRATCH, "stdout"), "rb") as f:
            return f.read().decode("utf-8", errors="replace")

    def first_call(self, code, i, test):
        # A call past its censoring limit is retried twice; it is censored only if its fastest
        # try is past the limit by wall clock and by CPU time alike, so neither a preemption nor
        # a loaded machine (wall) nor the coarse CPU tick (cpu) censors a sound candidate.
        censor = test.get("censor_ns")
        best = best_cpu = None
        for attempt in range(3):
            if attempt:
                self.send(ev="begin", i=i)
            gc.collect()
            prepared = self.prepare(code, test)
            c0 = cpu_ns()
            t0 = perf_ns()
            result = self.call(code, prepared)
            ns = perf_ns() - t0
            cpu = cpu_ns() - c0
            if best is None:
                best, best_cpu, first_result = ns, cpu, self.output(result)
            best, best_cpu = min(best, ns), min(best_cpu, cpu)
            if censor is None or best <= censor or best_cpu <= censor:
                break
        try:
            output = first_result if self.kind == "stdio" else encode(first_result)
        except (TypeError, ValueError) as e:
            output = {"$unencodable": str(e)}
        if self.checker is not None and "expected" in test:
            verdict = self.check(test, first_result)
            self.send(ev="called", i=i, ok=True, output=output, ns=best, cpu_ns=best_cpu, verdict=verdict)
            return best
        self.send(ev="called", i=i, ok=True, output=output, ns=best, cpu_ns=best_cpu)
        return best

    def time_test(self, code, i, test, first_ns):
        timing = self.job["timing"]
        # Warm call, then size a batch so one timed value spans at least min_batch_ns.
        prepared = self.prepare(code, test)
        t0 = perf_ns()
        self.call(code, prepared)
        warm = max(perf_ns() - t0, 1)
        batch = 1 if self.kind == "stdio" else max(1, min(timing["max_batch"], -(-timing["min_batch_ns"] // warm)))
        samples = []
        for _ in range(timing["repetitions"]):
            items = [self.prepare(code, test) for _ in range(batch)]
            gc.collect()
            call = self.call
            t0 = perf_ns()
            for p in items:
                call(code, p)
            samples.append((perf_ns() - t0) / batch)
        self.send(ev="timed", i=i, samples=samples, batch=batch, warm_ns=warm)

    def count_test(self, code, i, test, lib):
        prepared = self.prepare(code, test)
        gc.collect()
        call, start, stop = self.call, lib.brisk_start, lib.brisk_stop
        start()
        call(code, prepared)
        stop()
        lib.brisk_dump(b"brisk-test-%d" % i)
        self.send(ev="counted", i=i)

    def perf_test(self, code, i, test, lib):
        prepared = self.prepare(code, test)
        gc.collect()
        call, start, stop = self.call, lib.brisk_perf_start, lib.brisk_perf_stop
        start()
        call(code, prepared)
        n = stop()
        self.send(ev="counted", i=i, instructions=n)

    # The memory pass is untimed and sweeps the tests twice. First RSS, with tracemalloc off
    # (its trace tables would inflate RSS and stay in the heap afterwards): the high-water mark
    # is reset just before the call. Then the call's own allocations, traced from just before it
    # starts (the decoded input is not traced; the result is, while it lives).
    def memory_pass(self, code, tests):
        import tracemalloc
        phases = ("rss", "peak") if self.rss_resettable() else ("peak",)
        for phase in phases:
            for i, test in enumerate(tests):
                self.send(ev="begin", i=i)
                try:
                    prepared = self.prepare(code, test)
                    gc.collect()
                    if phase == "rss":
                        reset_rss_peak()
                        result = self.call(code, prepared)
                        self.send(ev="rss", i=i, rss=rss_peak())
                    else:
                        tracemalloc.start()
                        try:
                            result = self.call(code, prepared)
                            peak = tracemalloc.get_traced_memory()[1]
                        finally:
                            tracemalloc.stop()
                        self.send(ev="measured", i=i, peak=peak)
                    del result, prepared
                except BaseException as e:  # noqa: BLE001 - reported as the test's failure
                    self.failed(i, e)
                    return
        self.send(ev="done")

    def rss_resettable(self):
        """clear_refs needs a dumpable process of the same uid; says why not otherwise."""
        try:
            reset_rss_peak()
            rss_peak()
            return True
        except OSError as e:
            self.send(ev="note", message="no RSS peak: /proc/self/clear_refs: %s" % e)
            return False

    def failed(self, i, e):
        self.send(ev="called", i=i, ok=False, error={"type": type(e).__name__, "message": str(e)[:500]})

    def run(self):
        job = self.job
        try:
            code = compile(job["source"], "<candidate>", "exec")
        except SyntaxError as e:
            self.send(ev="compile_error", message="%s (line %s)" % (e.msg, e.lineno))
            return
        os.dup2(self.devnull, 1)
        sys.stdout = sys.stderr = self.sink
        sys.setrecursionlimit(job.get("recursion_limit", 10000))
        try:
            if self.kind == "function":
                self.prepare(code, job["tests"][0])
        except BaseException as e:  # noqa: BLE001 - module-level code of the candidate failed
            self.send(ev="load_error", type=type(e).__name__, message=str(e)[:500])
            return
        self.send(ev="ready")
        lib = None
        mode = job["mode"]
        if mode == "memory":
            self.memory_pass(code, job["tests"])
            return
        if mode == "perf":
            import ctypes
            lib = ctypes.PyDLL(job["helper"])
            lib.brisk_perf_stop.restype = ctypes.c_longlong
            lib.brisk_perf_errname.restype = ctypes.c_char_p
            err = lib.brisk_perf_open()
            if err:
                name = lib.brisk_perf_errname(err).decode()
                self.send(ev="meter_error", message="perf_event_open: %s (%s)" % (name, os.strerror(err)))
                return
            self.call(code, self.prepare(code, job["tests"][0]))
        if mode == "callgrind":
            import ctypes
            # PyDLL keeps the GIL during calls: releasing it adds varying instructions.
            lib = ctypes.PyDLL(job["helper"])
            warm = job["tests"][0]
            self.call(code, self.prepare(code, warm))
        # Callgrind jobs carry every scored test whatever survived (same payload, same heap
        # layout for every candidate); a fixed-width count says how many to run.
        count = int(job["count_first"]) if lib is not None else len(job["tests"])
        for i, test in enumerate(job["tests"][:count]):
            self.send(ev="begin", i=i)
            try:
                if mode == "perf":
                    self.perf_test(code, i, test, lib)
                    continue
                if lib is not None:
                    self.count_test(code, i, test, lib)
                    continue
                first = self.first_call(code, i, test)
                if test.get("time") and job.get("timing"):
                    self.time_test(code, i, test, first)
            except BaseException as e:  # noqa: BLE001 - any failure of the candidate is a status
                self.send(ev="called", i=i, ok=False, error={"type": type(e).__name__, "message": str(e)[:500]})
                if isinstance(e, MemoryError):
                    return
        self.send(ev="done")


def main():
    # Big results (a product of 30,000 numbers) cross as decimal strings: no 4300-digit cap.
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    with os.fdopen(PROTO_IN, "r", encoding="utf-8", closefd=False) as f:
        job = json.load(f)
    # The candidate must not see the job: its stdin is empty from here on.
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    runner = Job(job)
    try:
        runner.run()
    except BaseException:  # noqa: BLE001 - a harness fault is reported, never silent
        runner.send(ev="harness_error", message=traceback.format_exc()[-2000:])
    runner.out.flush()
    os._exit(0)


# Importable (the ENAMEL importer reuses `encode`) without running.
if __name__ == "__main__":
    main()
