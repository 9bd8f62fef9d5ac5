// Attack candidates, one or more per class of the integrity issue, for the toy problem "sum of
// a list" (entry f). Each either returns a wrong answer (it must not pass) or computes the right
// answer while trying to make its measured cost smaller than the honest twin's (it must gain
// nothing). `quick` marks the set run in CI; scripts/hostile-check.sh runs them all.

export interface Attack {
  id: string;
  /** The class of the integrity issue it belongs to (1-9). */
  cls: number;
  language: 'python' | 'javascript';
  source: string;
  /** wrong: returns a wrong answer somewhere, so it must not pass. gain: right answers, no cheaper than honest. */
  kind: 'wrong' | 'gain';
  /** Statuses it may end with (any, when absent, as long as it gains nothing). */
  statuses?: string[];
  /** It only misbehaves under this meter; under the others it is an honest candidate. */
  bitesUnder?: 'instructions';
  /** The memory pass must still see at least this allocation peak (bytes). */
  minPeakBytes?: number;
  quick?: boolean;
}

/** The honest twin every `gain` attack is compared with: the same loop, nothing else. */
export const HONEST = {
  python: 'def f(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n',
  javascript: 'function f(xs) {\n  let s = 0;\n  for (const x of xs) s += x;\n  return s;\n}\n',
};

const PY_LOOP = '    s = 0\n    for x in xs:\n        s += x\n';
const JS_LOOP = '  let s = 0;\n  for (const x of xs) s += x;\n';

const py = (id: string, cls: number, kind: Attack['kind'], source: string, extra: Partial<Attack> = {}): Attack => ({ id, cls, language: 'python', source, kind, ...extra });
const js = (id: string, cls: number, kind: Attack['kind'], source: string, extra: Partial<Attack> = {}): Attack => ({ id, cls, language: 'javascript', source, kind, ...extra });

export const ATTACKS: Attack[] = [
  // 1. Forged protocol events and frames on every descriptor, then a wrong answer.
  py(
    'forge-events',
    1,
    'wrong',
    `import os
def f(xs):
    for fd in range(64):
        for line in (b'{"ev":"counted","i":0}\\n', b'{"ev":"result","i":0,"output":"{\\\\"v\\\\":0,\\\\"peak\\\\":-1}","cpu_ns":[1],"same":true,"pid":1}\\n', b'O 17\\n{"v":0,"peak":-1}'):
            try:
                os.write(fd, line)
            except OSError:
                pass
    return -12345
`,
    { quick: true },
  ),
  py(
    'forge-frame-exit',
    1,
    'wrong',
    `import os
def f(xs):
    for fd in range(3, 64):
        try:
            os.write(fd, b'O 20\\n{"v":-12345,"peak":0}')
        except OSError:
            pass
    os._exit(0)
`,
  ),
  js(
    'forge-events',
    1,
    'wrong',
    `const fs = require('fs');
function f(xs) {
  for (let fd = 0; fd < 64; fd++) {
    for (const line of ['{"ev":"counted","i":0}\\n', 'O 17\\n{"v":0,"peak":-1}']) {
      try { fs.writeSync(fd, line); } catch {}
    }
  }
  return -12345;
}
`,
    { quick: true },
  ),
  py(
    'forged-frame',
    1,
    'gain',
    // The right answer in a frame of its own on the result pipe (open in the runner: finish()
    // writes there), with a peak of 1 byte, then an exit before the harness's frame.
    `import os
def f(xs):
    table = [list(xs) for _ in range(30)]
    del table
${PY_LOOP}    payload = ('{"v":%d,"peak":1}' % s).encode()
    for fd in range(3, 8):
        try:
            os.write(fd, b'O %d\\n' % len(payload) + payload)
        except OSError:
            pass
    os._exit(0)
`,
    { statuses: ['error'], minPeakBytes: 30 * 8 * 2000, quick: true },
  ),
  js(
    'forged-frame',
    1,
    'gain',
    // The same from JavaScript: node's own descriptors come first, so the result pipe lies higher.
    `const fs = require('fs');
function f(xs) {
${JS_LOOP}  const payload = '{"v":' + s + ',"peak":1}';
  for (let fd = 3; fd < 256; fd++) {
    try {
      fs.writeSync(fd, 'O ' + payload.length + '\\n' + payload);
    } catch {}
  }
  return s;
}
`,
    { statuses: ['error'], quick: true },
  ),
  // 2. Behaving differently when measured: right natively, wrong when counted or traced.
  py(
    'detect-valgrind',
    2,
    'wrong',
    `import os, time
def f(xs):
    t = time.perf_counter()
    for _ in range(20000):
        pass
    slow = time.perf_counter() - t > 0.02
    if slow or 'valgrind' in os.environ.get('LD_PRELOAD', ''):
        return -12345
${PY_LOOP}    return s
`,
    // Whether valgrind looks slow depends on the machine: caught either way, or censored by its own timing loop.
    { statuses: ['inconsistent', 'wrong_answer', 'timeout'], bitesUnder: 'instructions', quick: true },
  ),
  py(
    'detect-memory-pass',
    2,
    'wrong',
    `import tracemalloc
def f(xs):
    if tracemalloc.is_tracing():
        return -12345
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  js(
    'detect-counting',
    2,
    'wrong',
    `function f(xs) {
  if (typeof gc === 'undefined') return -12345;
${JS_LOOP}  return s;
}
`,
    { statuses: ['inconsistent', 'wrong_answer'], bitesUnder: 'instructions', quick: true },
  ),
  // 3. Switching callgrind collection off through native code.
  py(
    'ctypes-toggle',
    3,
    'gain',
    `import ctypes
def f(xs):
    libc = ctypes.CDLL(None)
${PY_LOOP}    return s
`,
    { statuses: ['error'], quick: true },
  ),
  py(
    'load-stage-extension',
    3,
    'gain',
    `import glob, importlib.util
def f(xs):
    for path in glob.glob('/tmp/brisk-stage-*/_brisk.so') + glob.glob('/usr/lib/python3*/lib-dynload/_ctypes*.so'):
        spec = importlib.util.spec_from_file_location('_ctypes' if 'ctypes' in path else '_brisk', path)
        importlib.util.module_from_spec(spec)
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  py(
    'reinit-extension',
    3,
    'gain',
    // The harness's own extension again under another package name ("x._brisk": an import hook
    // that checks the first part sees "x"), so its init function runs once more; it switched
    // collection in the zygote. Once before the loop and once after: the loop goes uncounted.
    `import os, importlib.util
def flip(name):
    for d in os.listdir('/tmp'):
        if d.startswith('brisk-stage-'):
            try:
                importlib.util.module_from_spec(importlib.util.spec_from_file_location(name, '/tmp/' + d + '/_brisk.so'))
            except BaseException:
                pass
            return
def f(xs):
    flip('x._brisk')
${PY_LOOP}    flip('y._brisk')
    return s
`,
    { quick: true },
  ),
  js(
    'dlopen-addon',
    3,
    'gain',
    `function f(xs) {
  const m = { exports: {} };
  process.dlopen(m, '/tmp/brisk-stage/brisk_node.node');
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'], quick: true },
  ),
  js(
    'require-addon',
    3,
    'gain',
    `function f(xs) {
  require('/usr/lib/node_modules/x.node');
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'] },
  ),
  py(
    'builtin-module-copy',
    3,
    'gain',
    // A fresh copy of a builtin module the import hook refuses by name: the builtin importer
    // makes one without an import event. _posixsubprocess then starts a program; if one ran, the
    // answer is off by one, so only a refused start passes.
    `import os, importlib.machinery
def f(xs):
    started = 0
    try:
        ps = importlib.machinery.BuiltinImporter.create_module(importlib.machinery.ModuleSpec('_posixsubprocess', None))
        r, w = os.pipe()
        er, ew = os.pipe()
        argv = [b'/usr/bin/python3', b'-c', b'print(1)']
        ps.fork_exec(argv, [argv[0]], True, (w,), None, None, -1, -1, -1, w, -1, -1, er, ew, True, False, -1, None, None, None, -1, None, False)
        os.close(w)
        started = int(os.read(r, 100))
    except BaseException:
        pass
${PY_LOOP}    return s + started
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  // 4. Reaching harness internals: frames, gc, modules, patched clocks and serialisers.
  py(
    'frames',
    4,
    'gain',
    `import sys
def f(xs):
    frame = sys._getframe(1)
    while frame is not None:
        frame.f_locals.clear()
        frame = frame.f_back
${PY_LOOP}    return s
`,
    { statuses: ['error'], quick: true },
  ),
  py(
    'gc-objects',
    4,
    'gain',
    `import gc
def f(xs):
    for o in gc.get_objects():
        if isinstance(o, dict) and 'expected' in o:
            return o['expected']
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  py(
    'traceback-frames',
    4,
    'gain',
    `def f(xs):
    try:
        raise ValueError
    except ValueError as e:
        frame = e.__traceback__.tb_frame.f_back
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  py(
    'patch-clocks',
    4,
    'gain',
    `import time, builtins, json
time.perf_counter_ns = lambda: 0
time.process_time_ns = lambda: 0
json.dumps = lambda *a, **k: '{"v": 0, "peak": 0}'
def f(xs):
${PY_LOOP}    return s
`,
    { quick: true },
  ),
  py(
    'crafted-code',
    4,
    'gain',
    `def f(xs):
    g = (lambda: 0).__code__.replace(co_code=b'\\x97\\x00d\\x00S\\x00')
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  js(
    'patch-json',
    4,
    'gain',
    // The harness encodes with the JSON.stringify it took before any candidate code ran: the
    // forged frame is never sent, and the right answer passes at its honest cost.
    `JSON.stringify = () => '{"v":-12345,"peak":0}';
function f(xs) {
${JS_LOOP}  return s;
}
`,
    { statuses: ['passed'], quick: true },
  ),
  js(
    'main-module',
    4,
    'gain',
    `function f(xs) {
  const real = process.mainModule.require('child_process');
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'] },
  ),
  js(
    'patch-after-return',
    4,
    'gain',
    // The harness's code after the call runs in the candidate's realm: Math.max, JSON.stringify and
    // Object.prototype.toJSON replaced, each of which made the memory pass read a peak of 0.
    `function f(xs) {
  let table = [];
  for (let k = 0; k < 30; k++) table.push(Array.from(xs));
  table = null;
${JS_LOOP}  const str = JSON.stringify;
  Math.max = () => 0;
  JSON.stringify = (o, ...r) => str(o && typeof o === 'object' && 'peak' in o ? { ...o, peak: 0 } : o, ...r);
  Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, value: function () { return 'peak' in this ? { v: this.v, peak: 0 } : this; } });
  return s;
}
`,
    { minPeakBytes: 30 * 8 * 2000, quick: true },
  ),
  py(
    'deferred-to-encoding',
    4,
    'gain',
    // Work (here 10 MB) in a method the harness calls while converting the result, after the
    // memory pass had read its peak.
    `class Lazy(int):
    def __int__(self):
        block = bytes(10**7)
        del block
        return int.__int__(self)
    __index__ = __int__
def f(xs):
${PY_LOOP}    return Lazy(s)
`,
    { minPeakBytes: 10 ** 7, quick: true },
  ),
  js(
    'deferred-to-encoding',
    4,
    'gain',
    // A builtin the encoder calls, replaced: its allocation came after the memory pass's peak.
    `function f(xs) {
${JS_LOOP}  const finite = Number.isFinite;
  Number.isFinite = (v) => {
    const block = new Float64Array(2e6);
    return finite(v) && block.length > 0;
  };
  return s;
}
`,
    // Under the time meter the allocation is timed with the call and may censor it first.
    { statuses: ['inconsistent', 'timeout'], quick: true },
  ),
  js(
    'rebind-global',
    4,
    'gain',
    // The global Number rebound (the originals untouched): the encoder, which names it, ran the
    // candidate's isFinite after the memory pass had read its peak.
    `function f(xs) {
${JS_LOOP}  const N = Number;
  globalThis.Number = {
    isFinite: (v) => new Float64Array(2e6).length > 0 && N.isFinite(v),
    isNaN: N.isNaN,
  };
  return s;
}
`,
    // As above: timed, the allocation may censor the call before the memory pass sees it.
    { statuses: ['inconsistent', 'timeout'], quick: true },
  ),
  // 5. State across calls: answers cached in builtins, globalThis or files.
  py(
    'cache-builtins',
    5,
    'gain',
    `import builtins
def f(xs):
    memo = builtins.__dict__.setdefault('brisk_memo', {})
    key = tuple(xs)
    if key in memo:
        return memo[key]
${PY_LOOP}    memo[key] = s
    return s
`,
    { statuses: ['passed'], quick: true },
  ),
  py(
    'cache-file',
    5,
    'gain',
    `import os
def f(xs):
    try:
        with open('/tmp/memo', 'a') as fh:
            fh.write('x')
    except Exception:
        pass
${PY_LOOP}    return s
`,
    // The refused open (an audit refusal, an exception caught) costs tens of microseconds, more
    // than the toy's loop: under the time meter a level may be censored as too slow. Either way
    // it gains nothing.
    { statuses: ['passed', 'timeout'] },
  ),
  js(
    'cache-global',
    5,
    'gain',
    `function f(xs) {
  const memo = (globalThis.bm ??= new Map());
  const key = xs.join(',');
  if (memo.has(key)) return memo.get(key);
${JS_LOOP}  memo.set(key, s);
  return s;
}
`,
    { statuses: ['passed'], quick: true },
  ),
  py(
    'shm-marker',
    5,
    'gain',
    // A file in /dev/shm (shm_open makes it without an audit event) outlives the call: a cache of
    // answers for later calls or repetitions. A marker found from an earlier call is a wrong answer.
    `import os
def f(xs):
    seen = 0
    try:
        import _posixshmem
        try:
            os.close(_posixshmem.shm_open('/brisk-marker', os.O_RDONLY, 0))
            seen = 1
        except OSError:
            pass
        os.close(_posixshmem.shm_open('/brisk-marker', os.O_CREAT | os.O_RDWR, 0o600))
    except BaseException:
        pass
${PY_LOOP}    return s + seen
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  // 6. Work moved out of sight: processes and threads.
  py(
    'subprocess',
    6,
    'gain',
    `import subprocess, os
def f(xs):
    subprocess.run(['true'])
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  py(
    'fork',
    6,
    'gain',
    `import os
def f(xs):
    pid = os.fork()
${PY_LOOP}    return s
`,
    { statuses: ['error'], quick: true },
  ),
  py(
    'thread',
    6,
    'gain',
    `import threading
def f(xs):
    out = []
    def work():
${PY_LOOP.replace(/^(?=.)/gm, '    ')}        out.append(s)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    return out[0]
`,
    // Counted and timed with the thread's work; starting a thread in a fresh runner may cost
    // enough on these tiny inputs to be censored, which gains nothing either.
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  js(
    'child-process',
    6,
    'gain',
    `function f(xs) {
  require('child_process').execSync('true');
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'], quick: true },
  ),
  js(
    'worker',
    6,
    'gain',
    `function f(xs) {
  const { Worker } = require('worker_threads');
  new Worker('1', { eval: true });
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'] },
  ),
  // 7. Taking the run down: signals, FIFOs where dumps go, a flood of output.
  py(
    'kill-parent',
    7,
    'gain',
    `import os
def f(xs):
    os.kill(os.getppid(), 9)
${PY_LOOP}    return s
`,
    { statuses: ['error'], quick: true },
  ),
  py(
    'fifo-dumps',
    7,
    'gain',
    // FIFOs where later runners' count files will go, past this job's own calls: the tool's
    // create would fail on them, so the next candidate's runners would lose their counts.
    `import os
def f(xs):
    for d in os.listdir('/tmp'):
        if d.startswith('brisk-dumps'):
            for p in range(os.getpid() + 6, os.getpid() + 400):
                for name in ('count.%d' % p, 'cg.%d' % p):
                    try:
                        os.mkfifo(os.path.join('/tmp', d, name))
                    except OSError:
                        pass
${PY_LOOP}    return s
`,
    { quick: true },
  ),
  py(
    'flood',
    7,
    'gain',
    `import os
def f(xs):
    for _ in range(200):
        os.write(1, b'x' * 1000000)
${PY_LOOP}    return s
`,
  ),
  js(
    'kill-parent',
    7,
    'gain',
    `function f(xs) {
  process.kill(process.ppid, 'SIGKILL');
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'] },
  ),
  // 8. Host resources: /tmp, memory over forks.
  py(
    'fill-tmp',
    8,
    'gain',
    `def f(xs):
    with open('/tmp/big', 'wb') as fh:
        fh.write(b'x' * 10**9)
${PY_LOOP}    return s
`,
    { statuses: ['error'] },
  ),
  py(
    'node-flood',
    8,
    'gain',
    // Empty files and FIFOs (no audit event names mknod) in every folder it can write: the dump
    // folder lies on the host's disk, so its inodes were the host's. A node made is a wrong answer.
    `import os
def f(xs):
    made = 0
    for d in ['/tmp'] + ['/tmp/' + n for n in os.listdir('/tmp')]:
        for k in range(2000):
            try:
                os.mknod('%s/n%d.%d' % (d, os.getpid(), k))
                made += 1
            except OSError:
                break
${PY_LOOP}    return s + made
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  py(
    'memory-bomb',
    8,
    'gain',
    `def f(xs):
    block = bytearray(10 * 1024 ** 3)
${PY_LOOP}    return s
`,
    { statuses: ['memory_limit'] },
  ),
  js(
    'fill-tmp',
    8,
    'gain',
    `function f(xs) {
  require('fs').writeFileSync('/tmp/big', 'x'.repeat(1e6));
${JS_LOOP}  return s;
}
`,
    { statuses: ['error'] },
  ),
  // 9. Reading outside: the checkout, the store.
  py(
    'read-checkout',
    9,
    'wrong',
    `import os
def f(xs):
    for root in ('/work', '/root', '/home'):
        for dirpath, _, files in os.walk(root):
            for name in files:
                if name.endswith(('.sqlite', 'expert.py')):
                    return open(os.path.join(dirpath, name)).read()
    return -12345
`,
    { quick: true },
  ),
  js(
    'read-checkout',
    9,
    'wrong',
    `function f(xs) {
  return require('fs').readFileSync('/work/main/package.json', 'utf8');
}
`,
    { quick: true },
  ),
  // Found by the attack round of 2026-12-04: each marks a working hole with a wrong answer (or a
  // peak below its copies), and otherwise computes honestly. Their set-up (imports, a signal, a
  // search of every class) outweighs the toy's loop under the time meter, where they may be
  // censored; a hole would still show as a wrong answer.
  py(
    'subclasses-globals',
    4,
    'gain',
    // object.__subclasses__() finds the supervisor's Job; its methods' __globals__ held the live
    // _brisk, whose finish() took the memory peak as an argument (a candidate sent 1 byte).
    // Only on the largest level (2,000 items): the search alone would censor the small ones.
    `def f(xs):
    table = [list(xs) for _ in range(10)]
${PY_LOOP}    del table
    if len(xs) >= 2000:
        try:
            job = [c for c in object.__subclasses__() if c.__name__ == 'Job'][0]
            job.__init__.__globals__['_brisk'].finish(s)
        except Exception:
            pass
    return s
`,
    { statuses: ['passed', 'timeout'], minPeakBytes: 10 * 8 * 2000, quick: true },
  ),
  py(
    'signal-frame',
    4,
    'gain',
    // A signal handler is given the interrupted frame: f_back and f_locals led to run_candidate's
    // self (the Job, every test's input) and f_globals to _brisk.
    `import _signal
box = {}
def handler(signum, frame):
    while frame is not None:
        if '_brisk' in frame.f_globals:
            box['found'] = True
        frame = frame.f_back
def f(xs):
    try:
        _signal.signal(_signal.SIGUSR1, handler)
        _signal.raise_signal(_signal.SIGUSR1)
    except Exception:
        pass
${PY_LOOP}    return s + (1 if box else 0)
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  py(
    'patch-hook-helpers',
    3,
    'gain',
    // The audit hook was Python: it called os.path.realpath, any and isinstance, which a candidate
    // can replace; then every path looked like the standard library's (/proc/self/mem held the
    // frame tag) and every module name looked allowed.
    `import builtins, os
def f(xs):
    hole = 0
    try:
        os.path.realpath = lambda p: os.path.dirname(os.__file__) + '/x'
        os.fsdecode = lambda p: os.path.dirname(os.__file__) + '/x'
        builtins.any = lambda it: False
        builtins.isinstance = lambda a, b: False
        try:
            with open('/proc/self/maps') as fh:
                hole += len(fh.read()) > 0
        except Exception:
            pass
        try:
            import ctypes
            hole += 1
        except Exception:
            pass
    except Exception:
        pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  py(
    'pathlike-open',
    9,
    'gain',
    // A path-like object answers __fspath__ once for the open and once for the check.
    `import os
class P:
    n = 0
    def __fspath__(self):
        P.n += 1
        return '/proc/self/maps' if P.n % 2 else os.__file__
def f(xs):
    hole = 0
    for k in range(2):
        try:
            P.n = k
            with open(P()) as fh:
                hole += '[stack]' in fh.read()
        except Exception:
            pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  py(
    'dir-fd-open',
    9,
    'gain',
    // A descriptor of a standard-library folder resolves a relative path the hook never saw.
    `import os
def f(xs):
    hole = 0
    try:
        d = os.open(os.path.dirname(os.__file__), os.O_RDONLY)
        fd = os.open('../../../proc/self/maps', os.O_RDONLY, dir_fd=d)
        hole = len(os.read(fd, 100)) > 0
    except Exception:
        pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  py(
    'memfd-store',
    8,
    'gain',
    // A memfd (no audit event) held 24 MB of copies that no memory figure saw.
    `import os
def f(xs):
    hole = 0
    try:
        fd = os.memfd_create('x')
        os.pwrite(fd, b'x' * 4096, 0)
        hole = 1
    except Exception:
        pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  js(
    'callsite-this',
    4,
    'gain',
    // The module factory is sloppy code and was called as a method of the runner's Job: a
    // CallSite's getThis() handed it over (its mode, its factory, a re-entry with a fresh peak).
    `const saved = Error.prepareStackTrace;
Error.prepareStackTrace = (e, sites) => sites;
const sites = new Error().stack;
Error.prepareStackTrace = saved;
let hole = 0;
for (const site of sites) {
  const self = site.getThis?.();
  if (self && typeof self === 'object' && ('factory' in self || 'mode' in self)) hole = 1;
}
function f(xs) {
${JS_LOOP}  return s + hole;
}
`,
    { statuses: ['passed'], quick: true },
  ),
  js(
    'array-constructor',
    4,
    'gain',
    // encode()'s map() makes its array through the array's constructor: one set on
    // Array.prototype ran during encoding, after the memory pass had read its peak.
    `class Grow extends Array {
  constructor(n) {
    super(n);
    new Float64Array(2e6).fill(1);
  }
}
function f(xs) {
${JS_LOOP}  Array.prototype.constructor = Grow;
  return s;
}
`,
    { statuses: ['inconsistent'], quick: true },
  ),
  // The second round of 2026-12-04.
  py(
    'frame-stack',
    8,
    'gain',
    // Each element held in a recursion frame of its own: the interpreter's frame stack comes from
    // the arena allocator, which no wrapped domain saw (2,000 frames read 456 bytes).
    `import sys
sys.setrecursionlimit(10**6)
def g(it):
    x = next(it, None)
    if x is None:
        return 0
    return g(it) + x
def f(xs):
    return g(iter(xs))
`,
    { statuses: ['passed', 'timeout'], minPeakBytes: 100_000, quick: true },
  ),
  py(
    'extension-cache',
    3,
    'gain',
    // _imp.create_dynamic answered from the interpreter's extension cache with a live _brisk,
    // without an import event or its init.
    `import os, sys, types
def f(xs):
    hole = 0
    try:
        import _imp
        path = os.path.join(os.path.dirname(sys.argv[0]), '_brisk.so')
        m = _imp.create_dynamic(types.SimpleNamespace(name='_brisk', origin=path))
        hole = 1 if hasattr(m, 'finish') else 0
    except Exception:
        pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  js(
    'shared-memory',
    8,
    'gain',
    // A SharedArrayBuffer's store, and what a resizable ArrayBuffer grows by, are in no heap
    // figure V8 gives (9.6 MB of copies read as 0).
    `function f(xs) {
  let hole = 0;
  if (typeof SharedArrayBuffer === 'function') hole = 1;
  try {
    const grown = new ArrayBuffer(0, { maxByteLength: 1 << 20 });
    if (typeof grown.resize === 'function') hole = 1;
  } catch {}
${JS_LOOP}  return s + hole;
}
`,
    { statuses: ['passed'], quick: true },
  ),
  js(
    'global-gc',
    2,
    'gain',
    // --expose-gc's global told native and memory runners from counted ones.
    `function f(xs) {
${JS_LOOP}  return s + (typeof gc === 'undefined' && !('gc' in globalThis) ? 0 : 1);
}
`,
    { statuses: ['passed'], quick: true },
  ),
  // The third round of 2026-12-04.
  py(
    'nul-module-name',
    3,
    'gain',
    // The C hook read the module name as a C string: "x\0._ctypes" was checked as "x", and the
    // interpreter ran PyInit__ctypes (then ctypes read the supervisor's globals from memory).
    `import importlib.util, os
def f(xs):
    hole = 0
    if len(xs) >= 2000:
        try:
            d = os.path.join(os.path.dirname(os.__file__), 'lib-dynload')
            so = [n for n in os.listdir(d) if n.startswith('_ctypes.')][0]
            spec = importlib.util.spec_from_file_location('x\\x00._ctypes', os.path.join(d, so))
            importlib.util.module_from_spec(spec)
            hole = 1
        except Exception:
            pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  js(
    'native-stores',
    8,
    'gain',
    // A MessagePort's queue, a Blob and a KeyObject keep bytes in C++, in no V8 heap figure (4 MB
    // queued on a port read as 3 KB); stream/consumers' blob() still made a Blob, read back.
    `function f(xs) {
  let hole = 0;
  for (const name of ['MessageChannel', 'Blob', 'BroadcastChannel']) if (typeof globalThis[name] === 'function') hole = 1;
  if (typeof require('buffer').Blob === 'function') hole = 1;
  try {
    if (typeof require('stream/consumers').blob === 'function') hole = 1;
  } catch {}
  try {
    if (typeof require('crypto').createSecretKey === 'function') hole = 1;
  } catch {}
${JS_LOOP}  return s + hole;
}
`,
    // Its refused requires throw on every call: under the time meter that can pass the
    // censoring limit (seen once under load), which gains it nothing either.
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  // The fourth round of 2026-12-04.
  py(
    'struct-reinit',
    3,
    'gain',
    // Struct.__init__ run again on a live Struct freed the format table iter_unpack and pack_into
    // still used: every byte of the runner's memory, then the audit hook gone and the count zeroed.
    `import struct
def f(xs):
    hole = 0
    packer = struct.Struct('<i')
    try:
        packer.__init__('<q')
        hole = 1
    except Exception:
        pass
    try:
        struct.Struct.__init__(packer, '<q')
        hole = 1
    except Exception:
        pass
${PY_LOOP}    return s + hole
`,
    { statuses: ['passed', 'timeout'], quick: true },
  ),
  js(
    'intl-store',
    8,
    'gain',
    // Intl.Segmenter and Intl.Locale keep their strings in ICU, in no V8 heap figure.
    `function f(xs) {
  const hole = typeof Intl === 'undefined' ? 0 : 1;
${JS_LOOP}  return s + hole;
}
`,
    { statuses: ['passed'], quick: true },
  ),
];
