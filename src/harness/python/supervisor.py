# Brisk's Python supervisor (trusted code; docs/harness.md). Started once per sandbox: the
# zygote imports everything once and forks one job process per sample job (in C, so its own
# heap never changes); a job process reads the job and forks one runner per call. A runner
# holds the current call's input and nothing of value: no pipe to the host, no expected
# output, no clock. It ends in _brisk.finish(), which stops counting before any harness code
# runs again. Every event to the host is written by the job process, never by a runner.
import importlib.util
import os
import sys


def _stage_module(name, filename):
    """A harness module loaded from the stage folder by its path. The folder is not on the
    import path, so nothing lists it: its listing (which changes when the node addon is built
    beside it) would shape this process's heap, and with it every call's count."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)), filename))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_brisk = _stage_module("_brisk", "_brisk.so")

import builtins  # noqa: E402
import errno  # noqa: E402
import gc  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402,F401 - preloaded for candidates, as below
import resource  # noqa: E402
import select  # noqa: E402
import time  # noqa: E402
import types  # noqa: E402

# The same modules are loaded for every candidate, before any fork: an import in candidate
# code is then a dictionary look-up, identical in every call.
import array, bisect, calendar, cmath, collections, copy, dataclasses, datetime, decimal  # noqa: E401,E402,F401
import enum, fractions, functools, heapq, itertools, operator, random, re, statistics  # noqa: E401,E402,F401
import string, struct, textwrap, typing, unicodedata  # noqa: E401,E402,F401

_lockdown = _stage_module("lockdown", "lockdown.py")
lock_down, stdlib_dirs = _lockdown.lock_down, _lockdown.stdlib_dirs
loads = _stage_module("supervisor_wire", "supervisor_wire.py").loads

READABLE = stdlib_dirs()

HOST_IN, HOST_OUT = 0, 1
FRAME_CAP = 128 * 2**20
CPU_CLOCK = lambda pid: ((~pid) << 3) | 2  # noqa: E731 - Linux's process CPU-time clock id


def send(**ev):
    data = (json.dumps(ev, allow_nan=False) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(HOST_OUT, view):]


class LineReader:
    """Lines from the host pipe, read with plain os.read (no buffering the zygote could share)."""

    def __init__(self, fd):
        self.fd, self.buf = fd, b""

    def line(self, parse=json.loads):
        while b"\n" not in self.buf:
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return parse(line)


def plain(v, depth=0):
    """Builtin-typed copy of a result made of subclasses (Counter, namedtuple...), run inside
    the counted region: whatever methods of the candidate it calls are counted."""
    if depth > 200:
        raise ValueError("result nested too deeply to encode")
    for base in (bool, int, float, str):
        if isinstance(v, base):
            return base(v)
    if v is None:
        return None
    if isinstance(v, dict):
        return {plain(k, depth + 1): plain(x, depth + 1) for k, x in dict(v).items()}
    for base in (list, tuple, frozenset, set):
        if isinstance(v, base):
            return base(plain(x, depth + 1) for x in base(v))
    raise TypeError("a value of type %s has no wire encoding" % type(v).__name__)


class Job:
    def __init__(self, job):
        self.kind = job["kind"]
        self.entry = job.get("entry")
        self.mode = job["mode"]
        self.tests = job["tests"]
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.code = compile(job["source"], "<candidate>", "exec")
        # threading is preloaded too, but only when the host asks (for code that names it, in
        # every mode alike): its at-fork hook runs in every runner, about 130 copy-on-write
        # faults (0.4 ms) before each go.
        if job.get("preload_threading"):
            import threading  # noqa: F401
        # Time mode: the empty program (the call path's own cost) and the reference, timed
        # beside the candidate. Both are the host's code, compiled here like the candidate's.
        self.empty_code = compile(job["empty_source"], "<empty>", "exec") if job.get("empty_source") is not None else None
        self.pair_code = compile(job["pair_source"], "<reference>", "exec") if job.get("pair_source") is not None else None
        sys.setrecursionlimit(job.get("recursion_limit", 10000))
        self.memory_bytes = job.get("memory_bytes")
        # Made once here, not per call under valgrind: every runner gets its own fork's copy.
        # (Inputs arrive decoded: the header is parsed with the wire's object hook.)
        # Buffered as in a normal interpreter: over a raw FileIO, sys.stdin.buffer.readline()
        # would read one byte per system call and penalise programs that read that way.
        self.streams = [
            io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8"),
            io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8"),
            io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8", write_through=True),
        ]
        self.warm(job.get("warm_source"))
        self.fresh_builtins = dict(builtins.__dict__)
        # The warm-up's own builtins, copied here once: a copy per runner wrote a reference count
        # on every builtin's page (about 80 copy-on-write faults, a quarter ms, per runner).
        self.warm_builtins = dict(self.fresh_builtins)
        seeded_random()

    @staticmethod
    def warm(prelude):
        """Runs the problem's prelude (its prompt: imports, typing annotations) once here, so
        every runner finds typing's caches and imports warm: otherwise `List[int]` alone costs a
        runner about 250 us, the same in every call, and drowns short calls in noise. The
        prelude is the suite's code, never the candidate's."""
        if not prelude:
            return
        try:
            exec(compile(prelude, "<prelude>", "exec"), {"__name__": "__brisk_prelude__", "__builtins__": dict(builtins.__dict__)})
        except Exception:  # noqa: BLE001 - a broken prelude fails in the runner, with the candidate
            pass

    # --- job process side -------------------------------------------------------------
    def call(self, cmd):
        """Test i, or a batch of the tests from i on (untimed native calls only: each still a
        fresh runner, one event each; the batch stops at the first call that does not return)."""
        # Numbers arrive as fixed-width strings (the runner's heap must not depend on them).
        first = int(cmd["i"])
        for i in range(first, min(first + max(1, number(cmd.get("batch")) or 1), len(self.tests))):
            if not self.call_test(i, cmd):
                return

    def call_test(self, i, cmd):
        """One test's runners and its one event; whether that event is a result."""
        reps = max(1, int(cmd["reps"]))
        timed = number(cmd.get("timed")) or 0
        self.trace = bool(cmd.get("trace"))
        self.timed = bool(timed)
        test = self.tests[i]
        args = test["args"] if self.kind == "function" else None
        paired = timed == 2 and self.pair_code is not None
        flip = 1 if number(cmd.get("flip")) == 1 else 0
        # A timed function call is warmed first: the runner calls the entry once, untimed, on
        # another (small) input, so the timed call finds its code paths warm, as in a process
        # that has called it before; its set-up time is reported and charged where it is excess.
        # The memory pass of a timed run is warmed the same way (the host sends warm then): a
        # candidate that counted its loads could tell it from the timed pass, and be lean only there.
        warm = number(cmd.get("warm")) if (timed or self.mode == "memory") and self.kind == "function" else None
        warm_args = self.tests[warm]["args"] if warm is not None and 0 <= warm < len(self.tests) and warm != i else None
        cpu, pair_cpu, first, same, pair_first, pair_same = [], [], None, True, None, True
        setup, pair_setup = [], []
        for r in range(reps):
            # ABBA...: whatever favours the second of two runners falls on both alike. A later
            # round of pairs may start BA (flip): the first runner of a call process is slower.
            order = ("A", "B") if (r + flip) % 2 == 0 else ("B", "A")
            for who in order if paired else ("A",):
                out = self.run_tries(test, args, cmd, self.code if who == "A" else self.pair_code, warm_args)
                if out["ev"] != "result":
                    if who == "B":
                        out = {"ev": "failed", "error": {"type": "MeterError", "message": "the reference's paired call did not return: %s" % out["ev"]}}
                    send(i=i, **out)
                    return False
                if who == "B":
                    pair_cpu.append(out["cpu_ns"])
                    pair_setup.append(out.get("setup_ns", 0))
                    if pair_first is None:
                        pair_first = out["output"]
                    elif out["output"] != pair_first:
                        pair_same = False
                    continue
                cpu.append(out["cpu_ns"])
                setup.append(out.pop("setup_ns", 0))
                if first is None:
                    first = out
                elif out["output"] != first["output"]:
                    same = False
        first["cpu_ns"] = cpu
        if warm_args is not None:
            first["setup_ns"] = setup
        # The empty program last: the first runner of a call process pays for its faults.
        if timed and self.empty_code is not None and number(cmd.get("empty")) != 0:
            out = self.run_tries(test, args, cmd, self.empty_code, warm_args)
            if out["ev"] != "result":
                send(i=i, ev="failed", error={"type": "MeterError", "message": "the empty call did not return: %s" % out["ev"]})
                return False
            first["empty_ns"] = out["cpu_ns"]
        if paired:
            first["pair_ns"], first["pair_same"] = pair_cpu, pair_same
            if warm_args is not None:
                first["pair_setup_ns"] = pair_setup
        send(i=i, same=same, **first)
        return True

    def run_tries(self, *call):
        """A native runner stopped at its CPU limit is tried twice more: on a VM, time stolen from
        the machine is charged to whichever task ran, so one try can overrun by load alone."""
        for _ in range(3):
            out = self.run_one(*call)
            if out["ev"] != "timeout" or out["limit"] != "cpu" or self.mode != "native":
                break
        return out

    def run_one(self, test, args, cmd, code=None, warm_args=None):
        gated = self.mode != "count"
        r_read, r_write = os.pipe()
        g_read, g_write = os.pipe() if gated else (-1, -1)
        stdin_fd, stdout_fd = self.stdio_files(test)
        pid = _brisk.fork_runner(self.mode == "count", (stdin_fd, stdout_fd, self.devnull), r_write, g_read, cmd.get("budget") or "")
        if pid == 0:
            self.runner(code or self.code, args, self.streams, self.fresh_builtins, warm_args)  # never returns
        os.close(r_write)
        if gated:
            os.close(g_read)
        try:
            return self.supervise(pid, r_read, g_write, stdout_fd, cmd, 2 if warm_args is not None else 1)
        finally:
            for fd in (r_read, g_write, stdin_fd, stdout_fd):
                if fd >= 0 and fd != self.devnull:
                    try:
                        os.close(fd)
                    except OSError:
                        pass

    def stdio_files(self, test):
        if self.kind != "stdio":
            return self.devnull, self.devnull
        stdin_fd = os.memfd_create("stdin")
        os.write(stdin_fd, test["stdin"].encode("utf-8"))
        os.lseek(stdin_fd, 0, os.SEEK_SET)
        return stdin_fd, os.memfd_create("stdout")

    def supervise(self, pid, r_read, g_write, stdout_fd, cmd, gates=1):
        """Waits for the runner's frame under CPU and wall limits; clocks and peaks are read
        here, outside the runner, while it waits at its gate. A warmed runner passes two gates:
        the time between them is its set-up (its program and the warm-up call), and the CPU
        limit starts again at the second, with a second's grace for the set-up."""
        cpu_limit = number(cmd.get("cpu_limit_ns"))
        # The wall clock only catches runners that do not run (sleep, block): one still using
        # CPU when its wall time is up is starved by load, not stuck, and gets more wall time
        # (up to 20 windows), so load never decides a timeout.
        window = (number(cmd.get("wall_limit_ms")) or 60000) / 1000
        started = time.monotonic()
        wall_end, hard_end = started + window, started + 20 * window
        win_cpu, win_t = self.cpu_of(pid) or 0, started
        reader = FrameReader(r_read)
        rss = None
        # Ungated (counted) runners are limited from the fork on; gated ones from their go.
        t0 = None if g_write >= 0 else self.cpu_of(pid)
        gates = gates if g_write >= 0 else 0
        passed, setup_ns, grace = 0, None, 1e9 if gates > 1 else 0
        # Under valgrind each wake-up of this loop is slow: counted runners (already checked
        # against their limits natively) are looked at less often.
        tick = 0.2 if self.mode == "count" else 0.02
        while True:
            now = time.monotonic()
            cpu = self.cpu_of(pid)
            if now >= wall_end and cpu is not None and now < hard_end and (cpu - win_cpu) >= 0.05e9 * (now - win_t):
                wall_end, win_cpu, win_t = now + window, cpu, now
            left = wall_end - now
            if left <= 0 or (cpu_limit is not None and t0 is not None and cpu is not None and cpu - t0 > cpu_limit + grace):
                why = "wall" if left <= 0 else "cpu"
                used = None if t0 is None or cpu is None else cpu - t0
                self.kill(pid)
                return {"ev": "timeout", "limit": why, "cpu_ns": used}
            ready, _, _ = select.select([r_read], [], [], min(left, tick))
            if not ready:
                continue
            status = reader.pump()
            if status == "eof":
                return self.died(pid)
            if status == "bad":
                self.kill(pid)
                return {"ev": "failed", "error": {"type": "ProtocolError", "message": "the runner wrote something other than its result on the result pipe"}}
            if status == "overflow":
                self.kill(pid)
                return {"ev": "failed", "error": {"type": "OutputLimit", "message": "the output is larger than %d bytes" % FRAME_CAP}}
            if reader.ready and passed >= gates:
                self.kill(pid)
                return {"ev": "failed", "error": {"type": "ProtocolError", "message": "the runner passed its gate more often than it may"}}
            if reader.ready and passed == 1:
                reader.ready, passed = False, 2
                now_cpu = self.cpu_of(pid) or 0
                setup_ns, t0, grace = now_cpu - (t0 or 0), now_cpu, 0
                if self.mode == "memory" and not self.trace:
                    rss = self.reset_rss(pid)
                os.write(g_write, b"G")
            if reader.ready and passed == 0:
                reader.ready, passed = False, 1
                # The RSS peak is reset at the last gate: after a warm-up, not before it.
                if self.mode == "memory" and not self.trace and gates == 1:
                    rss = self.reset_rss(pid)
                if self.mode == "perf":
                    counter = _brisk.perf_open(pid)
                    if counter < 0:
                        self.kill(pid)
                        name = errno.errorcode.get(-counter, str(-counter))
                        return {"ev": "failed", "error": {"type": "MeterError", "message": "perf_event_open: %s (%s)" % (name, os.strerror(-counter))}}
                t0 = self.cpu_of(pid) or 0
                os.write(g_write, b"G")
            if reader.frame is not None:
                break
        cpu_ns = (self.cpu_of(pid) or 0) - (t0 or 0)
        instructions = _brisk.perf_read(counter) if self.mode == "perf" else None
        if self.mode == "memory" and rss:
            rss = self.rss_peak(pid)
        if g_write >= 0:
            os.close(g_write)
        self.kill(pid, gently=True)
        kind, payload = reader.frame
        if kind == "E":
            return {"ev": "failed", "error": payload if isinstance(payload, dict) else {"type": "Error", "message": "(an unreadable error)"}}
        output = payload if self.kind == "function" else None
        if self.kind == "stdio":
            os.lseek(stdout_fd, 0, os.SEEK_SET)
            text = os.read(stdout_fd, FRAME_CAP).decode("utf-8", errors="replace")
            output = json.dumps({"v": text, "peak": json.loads(payload).get("peak", -1)})
        if passed < gates:
            return {"ev": "failed", "error": {"type": "ProtocolError", "message": "the runner returned without passing its gates"}}
        ev = {"ev": "result", "output": output, "cpu_ns": cpu_ns, "pid": pid}
        if setup_ns is not None:
            ev["setup_ns"] = setup_ns
        if rss:
            ev["rss"] = rss
        if instructions is not None:
            ev["instructions"] = instructions
        return ev

    @staticmethod
    def cpu_of(pid):
        try:
            return time.clock_gettime_ns(CPU_CLOCK(pid))
        except OSError:
            return None

    @staticmethod
    def reset_rss(pid):
        try:
            with open("/proc/%d/clear_refs" % pid, "w") as f:
                f.write("5")
            return True
        except OSError:
            return False

    @staticmethod
    def rss_peak(pid):
        try:
            with open("/proc/%d/status" % pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            return None
        return None

    @staticmethod
    def kill(pid, gently=False):
        """Reaps the runner (a gentle end waits 2 s for it to exit first); its wait status."""
        if not gently:
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        try:
            pidfd = os.pidfd_open(pid)
        except OSError:
            pidfd = -1
        deadline = time.monotonic() + 2
        try:
            while True:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    return status
                if time.monotonic() > deadline:
                    os.kill(pid, 9)
                    return os.waitpid(pid, 0)[1]
                # Readable once the runner has ended (its count written); no busy poll.
                if pidfd >= 0:
                    select.select([pidfd], [], [], 0.5)
                else:
                    time.sleep(0.001)
        finally:
            if pidfd >= 0:
                os.close(pidfd)

    def died(self, pid):
        status = self.kill(pid, gently=True)
        if os.WIFSIGNALED(status):
            return {"ev": "died", "pid": pid, "signal": os.WTERMSIG(status)}
        return {"ev": "died", "pid": pid, "code": os.WEXITSTATUS(status)}

    # --- runner side (candidate code runs here; never returns) ----------------------------
    def runner(self, code, args, streams, fresh_builtins, warm_args=None):
        try:
            self.run_candidate(code, args, streams, fresh_builtins, warm_args)
        except BaseException as e:  # noqa: BLE001 - nothing may unwind into the call process
            _brisk.fail("HarnessError", "%s: %s" % (type(e).__name__, describe(e)))
        _brisk.fail("HarnessError", "the runner ended without a result")

    def run_candidate(self, code, args, streams, fresh_builtins, warm_args=None):
        sys.stdin, sys.stdout, sys.stderr = streams
        memory = self.mode == "memory"
        if self.mode != "count" and self.memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory_bytes, self.memory_bytes))
        kind, entry = self.kind, self.entry
        # The job's other inputs stay (freeing them here would be counted; frozen, the
        # collector never visits them); they hold nothing a runner could use.
        lock_down(_brisk.audit)
        # Write to the code's objects before the go: the copy-on-write faults of their pages
        # are then not timed, and two copies of one program cost the same wherever they lie.
        # (Not when counting: that would count harness work.)
        _touched = list(code_objects(code)) if self.mode != "count" else None
        # The same for the inputs, made in the job process: the first count increment on each
        # of their pages would fault it (about 5 us a page here, 800 pages for 10^5 ints).
        if self.timed:
            touch(args)
            touch(warm_args)
        warm_builtins = self.warm_builtins if warm_args is not None else None
        _brisk.gate()
        if warm_args is not None:
            # The warm-up runs the program in a namespace of its own and calls it once; the timed
            # call then runs the program again, so its module state is fresh, and only what the
            # interpreter learnt (specialised code, the pages it wrote) carries over.
            try:
                warm_ns = {"__name__": "__brisk_candidate__", "__builtins__": warm_builtins}
                exec(code, warm_ns)
                warm_ns[entry](*warm_args)
            except BaseException:  # noqa: BLE001 - untimed and unjudged: only its warmth counts
                pass
            warm_ns = warm_builtins = None
            _brisk.gate()
        if memory and self.trace:
            _brisk.trace_memory()
        ns = {"__name__": "__main__" if kind == "stdio" else "__brisk_candidate__", "__builtins__": fresh_builtins}
        if kind == "stdio":
            sys.modules["__main__"] = main = types.ModuleType("__main__")
            main.__dict__.update(ns)
            ns = main.__dict__
        try:
            exec(code, ns)
            if kind == "stdio":
                result = None
            else:
                fn = ns.get(entry)
                if not callable(fn):
                    raise LookupError("no function named %r" % entry)
                result = fn(*args)
        except SystemExit as e:
            if kind != "stdio" or e.code not in (None, 0):
                _brisk.fail("SystemExit", "exit(%r)" % (e.code,))
            result = None
        except BaseException as e:  # noqa: BLE001 - the candidate's failure is its status
            _brisk.fail(type(e).__name__, describe(e))
        if kind == "stdio":
            try:
                sys.stdout.flush()
            except BaseException:  # noqa: BLE001
                pass
        if memory and not _brisk.is_plain(result):
            # Converting a subclass runs the candidate's methods: inside the memory window, so
            # work (and memory) deferred to them is seen. Elsewhere finish converts, counted.
            try:
                result = plain(result)
            except BaseException as e:  # noqa: BLE001
                _brisk.fail("TypeError", describe(e))
        if not _brisk.finish(result):
            try:
                _brisk.finish(plain(result))
            except BaseException as e:  # noqa: BLE001
                _brisk.fail("TypeError", describe(e))
            _brisk.fail("TypeError", "the result has no wire encoding")


CONTAINERS = (list, tuple, set, frozenset, dict)
drain = collections.deque(maxlen=0).extend


def touch(value):
    """Increments the count of every object of a value (at C speed where it can): their pages
    are then the runner's own before its go."""
    try:
        if isinstance(value, dict):
            drain(value.items())
            inner = value.values()
        elif isinstance(value, CONTAINERS):
            drain(value)
            inner = value
        else:
            return
        if any(map(isinstance, inner, itertools.repeat(CONTAINERS))):
            for x in inner:
                touch(x)
    except RecursionError:
        pass


def code_objects(code):
    """A code object and everything in its constants, recursively."""
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)
        else:
            yield c


def seeded_random():
    """random's module functions on a fresh instance seeded with 0. The module's own instance
    is reseeded from os.urandom by an at-fork hook in every child, runners included, which
    would hand each call different random numbers (and a candidate's count with them)."""
    inst = random.Random(0)
    for name in random.__all__:
        if callable(getattr(inst, name, None)) and not isinstance(getattr(random, name), type):
            setattr(random, name, getattr(inst, name))
    random._inst = inst


def number(field):
    """A fixed-width number of a call command; None for an absent or dashed one."""
    return None if field is None or field.startswith("-") else int(field)


def describe(e):
    try:
        return str.__str__(str(e))[:500]
    except BaseException:  # noqa: BLE001
        return "(unprintable exception)"


class FrameReader:
    """Reads "R" (ready at the gate) and one frame "<kind> <length> <tag>\\n<payload>" from a
    runner; the tag is the runner's secret (C memory only), so a frame the candidate wrote itself
    is refused. (The zygote's rehearsal passes a tag of its own: frame_tag() answers only in a
    call process.)"""

    def __init__(self, fd, tag=None):
        self.fd, self.buf, self.ready, self.frame = fd, b"", False, None
        self.tag = _brisk.frame_tag() if tag is None else tag

    def pump(self):
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            return "eof"
        self.buf += chunk
        if self.buf.startswith(b"R"):
            self.buf, self.ready = self.buf[1:], True
        head, sep, rest = self.buf.partition(b"\n")
        if not sep:
            return "bad" if len(self.buf) > 96 else "more"
        kind, size, tag = (head.decode("ascii", "replace").split(" ") + ["", ""])[:3]
        if kind not in ("O", "E") or not size.isdigit() or tag != self.tag:
            return "bad"
        if int(size) > FRAME_CAP:
            return "overflow"
        if len(rest) >= int(size):
            body = rest[: int(size)].decode("utf-8", "replace")
            if kind == "E":
                try:
                    body = json.loads(body)
                except ValueError:
                    body = None
            self.frame = (kind, body)
        return "more"


def read_header(fd):
    """The job header: its length on a line, then exactly that many bytes, read in C into one
    buffer, so this process's heap does not depend on how the pipe split the bytes."""
    digits = b""
    while not digits.endswith(b"\n"):
        c = os.read(fd, 1)
        if not c or len(digits) > 12:
            return None
        digits += c
    buf = _brisk.read_exact(fd, int(digits))
    return None if buf is None else loads(buf)


def job_main():
    header = read_header(HOST_IN)
    if header is None:
        os._exit(0)
    try:
        job = Job(header)
    except (SyntaxError, ValueError) as e:
        send(ev="compile_error", message="%s (line %s)" % (getattr(e, "msg", str(e)), getattr(e, "lineno", "?")))
        os._exit(0)
    # valgrind's LD_PRELOAD and the like would tell a counted call from a native one. Cleared
    # here, once, not in each runner: clearing the mapping there cost about 75 page faults.
    os.environ.clear()
    # Everything the job made is out of the collector's sight: a runner's collections visit
    # only what its own call allocated.
    gc.freeze()
    send(ev="ready")
    # Frozen from here: each call is served by a fork of this state, so a call's count does not
    # depend on the calls before it.
    _brisk.serve(HOST_IN, HOST_OUT)
    cmd = LineReader(HOST_IN).line()
    if cmd is not None and cmd.get("op") == "call":
        job.call(cmd)
    # Out at once: returning would free the job (its every test's input), and each free writes
    # to an object's page, a copy-on-write fault: 5,000 of them (15 ms) per call process on
    # ENAMEL's larger inputs.
    os._exit(0)


def warm_translations():
    """Counted zygotes only (see warm_corpus.py): typical code run once before any fork."""
    corpus = _stage_module("warm_corpus", "warm_corpus.py")
    corpus.run()
    sys.modules.pop("warm_corpus", None)
    rehearse_call_paths()
    gc.collect()


def rehearse_call_paths():
    """What a call process runs around its runner (a command read from a pipe, the clocks, a
    child reaped through its pidfd, an event encoded), run once here: each call process is a
    new fork, so code paths it made translations of died with it, about 11 ms a counted call.
    Every read gets its bytes whole, so this leaves the same heap in every supervisor."""
    r, w = os.pipe()
    try:
        os.write(w, b'{"op": "call", "i": "00000000000000000000", "cpu_limit_ns": "--------------------"}\n')
        cmd = LineReader(r).line()
        number(cmd["i"]), number(cmd["cpu_limit_ns"])
        # A frame as a runner sends it, read by the call process's reader.
        reader = FrameReader(r, "0" * 32)
        os.write(w, b"RO 3 " + b"0" * 32 + b"\n[1]")
        select.select([r], [], [], 0)
        reader.pump()
    finally:
        os.close(r)
        os.close(w)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    Job.cpu_of(pid)
    time.monotonic()
    # Ended before it is reaped, so the reaping takes one path every time.
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    Job.kill(pid, gently=True)
    (json.dumps({"ev": "result", "output": "[1]", "cpu_ns": 1, "pid": pid}, allow_nan=False) + "\n").encode()


def main():
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    sys.stdout = sys.stderr
    if "--warm" in sys.argv:
        warm_translations()
    _brisk.seal()
    _lockdown.audit_lists(READABLE, _brisk.audit_lists)
    _brisk.serve(HOST_IN, HOST_OUT)  # returns only in a job process
    try:
        job_main()
    except BaseException as e:  # noqa: BLE001 - a supervisor fault is reported, never silent
        send(ev="harness_error", message="%s: %s" % (type(e).__name__, e))
    os._exit(0)


if __name__ == "__main__":
    main()
