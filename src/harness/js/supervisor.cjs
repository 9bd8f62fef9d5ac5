// Brisk's JavaScript supervisor (trusted code; docs/harness.md), the counterpart of
// supervisor.py with the same protocol (src/harness/protocol.ts). node cannot fork by itself:
// the addon (argv[2]) forks, with V8's heap marked copyable. The zygote (frozen in the addon's
// C loop) forks a job process per sample job, which forks a call process per call, which forks
// one runner per repetition. A runner holds the call's input only; node's permission model
// (no file writes, no child processes, no workers, no WebAssembly, no code from strings) and
// the deleted process.dlopen keep native code out of its reach; it ends in addon.finish().
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');
const { Readable } = require('node:stream');
const { decode } = require('./wire.cjs');
const { runsCode } = require('./inert.cjs');
// Loaded once, before any fork: a candidate's require of these is a cache hit in every call.
for (const m of ['readline', 'util', 'events', 'string_decoder', 'assert', 'os', 'buffer']) require(m);

// Stores of memory in C++ that V8's heap figures do not see, gone before any fork (free for
// every runner; the harness uses none): 4 MB queued on a MessagePort read as 3 KB (a function's
// call returns before the event loop turns), and Intl's objects keep their strings in ICU (40
// Segments of a 200K-character text read as 0).
for (const name of [
  'SharedArrayBuffer',
  'MessageChannel',
  'MessagePort',
  'BroadcastChannel',
  'Blob',
  'File',
  'crypto',
  'Crypto',
  'CryptoKey',
  'SubtleCrypto',
  'Intl',
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'CompressionStream',
  'DecompressionStream',
]) {
  try {
    delete globalThis[name];
  } catch {}
}
for (const name of ['Blob', 'File', 'resolveObjectURL']) delete require('node:buffer')[name];

const addon = (() => {
  const m = { exports: {} };
  process.dlopen(m, process.argv[2]);
  return m.exports;
})();
delete process.dlopen;

const RUNNER = Symbol('runner');
/** What a function candidate prints never matters: printing costs it nothing. */
const SILENT_CONSOLE = Object.fromEntries(Object.keys(console).map((k) => [k, () => {}]));
// strerror texts of the errors perf_event_open gives where it cannot count (Python prints these too).
const PERF_ERRORS = {
  ENOENT: 'No such file or directory',
  ENODEV: 'No such device',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ENOSYS: 'Function not implemented',
  EINVAL: 'Invalid argument',
};
// crypto: a KeyObject (createSecretKey, read back with export()) holds its bytes in C++, in no
// V8 figure, as a MessagePort's queue and a Blob do (their globals are deleted at load).
const DENIED_MODULES = new Set([
  'v8',
  'inspector',
  'child_process',
  'worker_threads',
  'cluster',
  'dgram',
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'wasi',
  'module',
  'repl',
  'trace_events',
  'vm',
  'crypto',
  // stream/consumers' blob() makes a Blob from its own class, though the global is gone.
  'stream/consumers',
]);
/** The candidate's require: the modules above would hand it native or out-of-process power. */
function candidateRequire(name) {
  const bare = String(name).replace(/^node:/, '');
  if (DENIED_MODULES.has(bare)) throw Object.assign(new Error(`Brisk's sandbox refuses require('${bare}')`), { code: 'ERR_ACCESS_DENIED' });
  return require(bare);
}
const HOST_IN = 0;
const HOST_OUT = 1;
const FRAME_CAP = 128 * 2 ** 20;
// gc for the memory pass, taken from a context of its own: a global gc (--expose-gc) told the
// native and memory passes from a counted one, so a candidate could be lean only where its
// memory was measured, and node cannot delete it (it is not configurable).
const collectGarbage = (() => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  v8.setFlagsFromString('--no-expose-gc');
  return gc;
})();
// What the harness calls after the candidate's code has run, taken before it runs: a candidate
// may replace Math.max, JSON.stringify or Object.prototype.toJSON (each made the memory pass
// read a peak of 0), but not these references.
const mathMax = Math.max;
const stringify = JSON.stringify;
const apply = Reflect.apply;
const heapStatistics = v8.getHeapStatistics;
const stopGcProfiler = v8.GCProfiler.prototype.stop;

function send(ev) {
  const b = Buffer.from(JSON.stringify(ev) + '\n');
  for (let off = 0; off < b.length; ) off += fs.writeSync(HOST_OUT, b, off);
}

function readLine(fd) {
  const chunks = [];
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) return null;
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl >= 0) {
      chunks.push(Buffer.from(buf.subarray(0, nl)));
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
}

/** A fixed-width number of a call command; null for an absent or dashed one. */
const numberField = (f) => (typeof f !== 'string' || f.startsWith('-') ? null : Number(f));

/** Lossless JSON of a JS value; the host types it by the signature. Runs counted. */
function encode(v, depth = 0) {
  if (depth > 200) throw new Error('result nested too deeply to encode');
  if (v === null) return null;
  if (v === undefined) return { $undefined: true };
  const t = typeof v;
  if (t === 'boolean' || t === 'string') return v;
  if (t === 'number') return Number.isFinite(v) ? v : { $num: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
  if (t === 'bigint') return { $big: v.toString() };
  const tag = Object.prototype.toString.call(v);
  if (Array.isArray(v)) return v.map((x) => encode(x, depth + 1));
  if (tag === '[object Set]') return { $set: [...v].map((x) => encode(x, depth + 1)) };
  if (tag === '[object Map]') return { $map: [...v].map(([k, x]) => [encode(k, depth + 1), encode(x, depth + 1)]) };
  if (ArrayBuffer.isView(v)) return Array.from(v, (x) => encode(x, depth + 1));
  if (t === 'object' && (Object.getPrototypeOf(v) === null || tag === '[object Object]')) {
    return { $obj: Object.entries(v).map(([k, x]) => [k, encode(x, depth + 1)]) };
  }
  return { $other: t === 'function' ? 'function' : v.constructor?.name || tag };
}

class ExitSignal extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

const errorType = (e) => (e instanceof ExitSignal ? 'SystemExit' : (typeof e?.name === 'string' && e.name) || 'Error');
const errorMessage = (e) => {
  try {
    return String(e?.message || e).slice(0, 500);
  } catch {
    return '(unprintable exception)';
  }
};
const isOom = (type, message) => type === 'RangeError' && /allocation failed|Invalid (typed )?array length|Array buffer/i.test(message);

class Job {
  constructor(job) {
    this.kind = job.kind;
    this.mode = job.mode;
    this.tests = job.tests;
    // Decoded once here, not per call under valgrind: each runner gets its fork's copy.
    this.args = this.kind === 'function' ? job.tests.map((t) => t.args.map(decode)) : undefined;
    this.entry = job.entry;
    this.memoryBytes = job.memory_bytes;
    // The inner function lets the candidate declare names such as `require` without a clash
    // and keeps its 'use strict' (the transpiler's first line); its top-level functions are
    // plain locals, so calling them costs what it costs in a module.
    const found = this.kind === 'function' ? `typeof ${job.entry} === 'function' ? ${job.entry} : undefined` : 'undefined';
    const compile = (source, filename) =>
      vm.compileFunction(`return (function () {${source}\n;return ${found};\n}).call(undefined);`, ['require', 'module', 'exports', '__filename', '__dirname'], { filename });
    this.factory = compile(job.source, 'candidate.js');
    // Time mode: the empty program (the call path's own cost) and the reference, timed beside
    // the candidate; both are the host's code.
    this.emptyFactory = job.empty_source != null ? compile(job.empty_source, 'empty.js') : undefined;
    this.pairFactory = job.pair_source != null ? compile(job.pair_source, 'reference.js') : undefined;
    this.devnull = addon.devnull();
  }

  call(cmd) {
    // Numbers arrive as fixed-width strings (the runner's heap must not depend on them).
    const i = Number(cmd.i);
    const reps = Math.max(1, Number(cmd.reps) | 0);
    this.trace = Boolean(cmd.trace);
    const timed = numberField(cmd.timed) || 0;
    const test = this.tests[i];
    const paired = timed === 2 && this.pairFactory !== undefined;
    // A later round of pairs may start BA (see supervisor.py).
    const flip = numberField(cmd.flip) === 1 ? 1 : 0;
    // A timed function call is warmed first: one untimed call on another (small) input, so the
    // timed call finds its code warm (see supervisor.py); its set-up time is reported.
    // The memory pass of a timed run is warmed the same way (the host sends warm then): a
    // candidate that counted its loads could tell it from the timed pass, and be lean only there.
    const warm = (timed || this.mode === 'memory') && this.kind === 'function' ? numberField(cmd.warm) : undefined;
    const warmArgs = warm != null && warm >= 0 && warm < this.tests.length && warm !== i ? this.args[warm] : undefined;
    const setup = [];
    const pairSetup = [];
    const cpu = [];
    const pairCpu = [];
    let first;
    let pairFirst;
    let same = true;
    let pairSame = true;
    for (let r = 0; r < reps; r++) {
      // ABBA...: whatever favours the second of two runners falls on both alike.
      const order = paired ? ((r + flip) % 2 === 0 ? 'AB' : 'BA') : 'A';
      for (const who of order) {
        let out = this.runTries(test, cmd, who === 'A' ? this.factory : this.pairFactory, warmArgs);
        if (out.ev !== 'result' && who === 'B') out = { ev: 'failed', error: { type: 'MeterError', message: `the reference's paired call did not return: ${out.ev}` } };
        if (out.ev !== 'result') return send({ i, ...out });
        if (who === 'B') {
          pairCpu.push(out.cpu_ns);
          pairSetup.push(out.setup_ns ?? 0);
          if (pairFirst === undefined) pairFirst = out.output;
          else if (out.output !== pairFirst) pairSame = false;
          continue;
        }
        cpu.push(out.cpu_ns);
        setup.push(out.setup_ns ?? 0);
        delete out.setup_ns;
        if (!first) first = out;
        else if (out.output !== first.output) same = false;
      }
    }
    first.cpu_ns = cpu;
    if (warmArgs) first.setup_ns = setup;
    // The empty program last: the first runner of a call process pays for its faults.
    if (timed && this.emptyFactory && numberField(cmd.empty) !== 0) {
      const out = this.runTries(test, cmd, this.emptyFactory, warmArgs);
      if (out.ev !== 'result') return send({ i, ev: 'failed', error: { type: 'MeterError', message: `the empty call did not return: ${out.ev}` } });
      first.empty_ns = out.cpu_ns;
    }
    if (paired) Object.assign(first, { pair_ns: pairCpu, pair_same: pairSame }, warmArgs ? { pair_setup_ns: pairSetup } : {});
    send({ i, same, ...first });
  }

  /** A native runner stopped at its CPU limit is tried twice more (see supervisor.py). */
  runTries(...call) {
    let out;
    for (let k = 0; k < 3; k++) {
      out = this.runOne(...call);
      if (out.ev !== 'timeout' || out.limit !== 'cpu' || this.mode !== 'native') break;
    }
    return out;
  }

  runOne(test, cmd, factory = this.factory, warmArgs = undefined) {
    const gated = this.mode !== 'count';
    const [rRead, rWrite] = addon.pipe();
    const [gRead, gWrite] = gated ? addon.pipe() : [-1, -1];
    let stdinFd = this.devnull;
    let stdoutFd = this.devnull;
    if (this.kind === 'stdio') {
      stdinFd = addon.memfd();
      fs.writeSync(stdinFd, Buffer.from(test.stdin, 'utf8'), 0, undefined, 0);
      stdoutFd = addon.memfd();
    }
    const args = this.kind === 'function' ? this.args[Number(cmd.i)] : undefined;
    const pid = addon.forkRunner(this.mode === 'count', stdinFd, stdoutFd, this.devnull, rWrite, gRead, cmd.budget);
    if (pid === 0) {
      try {
        this.factory = factory;
        this.emptyFactory = this.pairFactory = undefined;
        this.runner(test, args, warmArgs);
      } catch (e) {
        addon.fail('HarnessError', `${errorType(e)}: ${errorMessage(e)}`);
      }
      throw RUNNER; // unwinds the call process's code; the candidate goes on in the event loop
    }
    for (const fd of [rWrite, gRead]) if (fd >= 0) fs.closeSync(fd);
    try {
      return this.supervise(pid, rRead, gWrite, stdoutFd, cmd, warmArgs ? 2 : 1);
    } finally {
      for (const fd of [rRead, gWrite, stdinFd, stdoutFd])
        if (fd >= 0 && fd !== this.devnull)
          try {
            fs.closeSync(fd);
          } catch {}
    }
  }

  frameReader(fd) {
    return new FrameReader(fd);
  }

  /** See supervisor.py: a warmed runner passes two gates, its set-up between them. */
  supervise(pid, rRead, gWrite, stdoutFd, cmd, gates = 1) {
    const cpuLimit = numberField(cmd.cpu_limit_ns);
    // The wall clock only catches runners that do not run (see supervisor.py): a starved one
    // that still uses CPU gets more wall time, up to 20 windows.
    const window = numberField(cmd.wall_limit_ms) || 60000;
    const started = Date.now();
    let wallEnd = started + window;
    const hardEnd = started + 20 * window;
    let winCpu = Math.max(0, addon.cpuNs(pid));
    let winT = started;
    const frames = this.frameReader(rRead);
    let t0 = gWrite >= 0 ? undefined : addon.cpuNs(pid);
    if (gWrite < 0) gates = 0;
    let passed = 0;
    let setupNs;
    let grace = gates > 1 ? 1e9 : 0;
    let rssOk = false;
    let counter = -1;
    // Each wake-up is slow under valgrind: counted runners (checked natively) are looked at less often.
    const tick = this.mode === 'count' ? 200 : 20;
    for (;;) {
      const now = Date.now();
      const cpu = addon.cpuNs(pid);
      if (now >= wallEnd && cpu >= 0 && now < hardEnd && cpu - winCpu >= 0.05e6 * (now - winT)) {
        wallEnd = now + window;
        winCpu = cpu;
        winT = now;
      }
      const left = wallEnd - now;
      if (left <= 0 || (cpuLimit != null && t0 !== undefined && cpu >= 0 && cpu - t0 > cpuLimit + grace)) {
        this.reap(pid, true);
        return { ev: 'timeout', limit: left <= 0 ? 'wall' : 'cpu', cpu_ns: t0 === undefined || cpu < 0 ? null : cpu - t0 };
      }
      if (!addon.pollIn(rRead, Math.min(left, tick))) continue;
      const status = frames.pump();
      if (status === 'eof') return this.died(pid);
      if (status === 'bad') {
        this.reap(pid, true);
        return { ev: 'failed', error: { type: 'ProtocolError', message: 'the runner wrote something other than its result on the result pipe' } };
      }
      if (status === 'overflow') {
        this.reap(pid, true);
        return { ev: 'failed', error: { type: 'OutputLimit', message: `the output is larger than ${FRAME_CAP} bytes` } };
      }
      if (frames.ready && passed >= gates) {
        this.reap(pid, true);
        return { ev: 'failed', error: { type: 'ProtocolError', message: 'the runner passed its gate more often than it may' } };
      }
      if (frames.ready && passed === 1) {
        frames.ready = false;
        passed = 2;
        const now = addon.cpuNs(pid);
        setupNs = Math.max(0, now - (t0 ?? 0));
        t0 = now;
        grace = 0;
        if (this.mode === 'memory' && !this.trace) rssOk = addon.rss(pid, true) === 0;
        fs.writeSync(gWrite, 'G');
      }
      if (frames.ready && passed === 0) {
        frames.ready = false;
        passed = 1;
        // The RSS peak is reset at the last gate: after a warm-up, not before it.
        if (this.mode === 'memory' && !this.trace && gates === 1) rssOk = addon.rss(pid, true) === 0;
        if (this.mode === 'perf') {
          counter = addon.perfOpen(pid);
          if (counter < 0) {
            this.reap(pid, true);
            const name = Object.entries(require('node:os').constants.errno).find(([, v]) => v === -counter)?.[0] ?? String(-counter);
            return { ev: 'failed', error: { type: 'MeterError', message: `perf_event_open: ${name} (${PERF_ERRORS[name] ?? 'error'})` } };
          }
        }
        t0 = addon.cpuNs(pid);
        fs.writeSync(gWrite, 'G');
      }
      if (frames.frame) break;
    }
    const cpuNs = Math.max(0, addon.cpuNs(pid) - (t0 ?? 0));
    const instructions = counter >= 0 ? addon.perfRead(counter) : undefined;
    const rss = rssOk ? addon.rss(pid, false) : -1;
    if (gWrite >= 0) fs.closeSync(gWrite);
    this.reap(pid, false);
    const [kind, payload] = frames.frame;
    if (kind === 'E') {
      let error;
      try {
        error = JSON.parse(payload);
      } catch {
        error = { type: 'Error', message: '(an unreadable error)' };
      }
      return { ev: 'failed', error };
    }
    if (passed < gates) return { ev: 'failed', error: { type: 'ProtocolError', message: 'the runner returned without passing its gates' } };
    let output = payload;
    if (this.kind === 'stdio') {
      const buf = Buffer.alloc(Math.min(FRAME_CAP, fs.fstatSync(stdoutFd).size));
      const n = fs.readSync(stdoutFd, buf, 0, buf.length, 0);
      let peak = -1;
      try {
        peak = JSON.parse(payload).peak;
      } catch {}
      output = JSON.stringify({ v: buf.subarray(0, n).toString('utf8'), peak: Number.isInteger(peak) ? peak : -1 });
    }
    return { ev: 'result', output, cpu_ns: cpuNs, pid, ...(setupNs !== undefined ? { setup_ns: setupNs } : {}), ...(rss >= 0 ? { rss } : {}), ...(instructions !== undefined ? { instructions } : {}) };
  }

  /** Reaps the runner (a gentle end waits 2 s for it to exit first); its wait status. */
  reap(pid, kill) {
    if (kill) addon.kill(pid);
    const deadline = Date.now() + 2000;
    for (;;) {
      const status = addon.waitPid(pid, false);
      if (status >= 0) return status;
      if (Date.now() > deadline) {
        addon.kill(pid);
        return addon.waitPid(pid, true);
      }
      addon.pollIn(-1, this.mode === 'count' ? 5 : 1);
    }
  }

  died(pid) {
    const status = this.reap(pid, false);
    const signal = status & 0x7f;
    return signal ? { ev: 'died', pid, signal } : { ev: 'died', pid, code: (status >> 8) & 0xff };
  }

  // --- runner side (candidate code runs here; never returns) -------------------------------
  runner(test, args, warmArgs) {
    const kind = this.kind;
    const stdinText = kind === 'stdio' ? test.stdin : '';
    this.tests = undefined;
    this.args = undefined;
    const memory = this.mode === 'memory' && this.trace;
    if (this.kind === 'function') globalThis.console = SILENT_CONSOLE;
    if (this.memoryBytes) addon.limitData(this.memoryBytes + 512 * 2 ** 20);
    lockDown(stdinText);
    addon.gate();
    void this.runCandidate(args, memory, warmArgs);
  }

  /** Runs the program as a module of its own; its entry function (function problems). */
  load() {
    const mod = { exports: {} };
    // No receiver: the factory is sloppy code, and a CallSite's getThis() on its frame (through
    // Error.prepareStackTrace) handed a candidate this Job (its mode, its factory, a re-entry
    // into runCandidate with a fresh memory baseline).
    let fn = apply(this.factory, undefined, [candidateRequire, mod, mod.exports, '/tmp/candidate.js', '/tmp']);
    if (this.kind !== 'function') return undefined;
    if (typeof fn !== 'function') {
      const ex = mod.exports;
      const name = this.entry;
      fn = typeof ex === 'function' ? ex : typeof ex?.[name] === 'function' ? ex[name] : typeof ex?.default?.[name] === 'function' ? ex.default[name] : undefined;
    }
    if (typeof fn !== 'function') throw Object.assign(new Error(`no function named '${this.entry}'`), { name: 'LookupError' });
    return fn;
  }

  async runCandidate(args, memory, warmArgs) {
    if (warmArgs) {
      // The warm-up runs the program and calls it once; the timed call runs the program again,
      // so its module state is fresh and only what V8 learnt carries over (see supervisor.py).
      try {
        const w = this.load()(...warmArgs);
        if (w && typeof w.then === 'function') await w;
      } catch {} // untimed and unjudged: only its warmth counts
      // A full collection after the warm-up in every warmed pass, before the go: the memory
      // pass collects before reading its baseline, and a WeakRef made in the warm-up told it
      // from the timed pass.
      collectGarbage();
      addon.gate();
    }
    let base = 0;
    let profiler;
    if (memory) {
      collectGarbage();
      base = heapInUse(heapStatistics());
      profiler = new v8.GCProfiler();
      profiler.start();
    }
    let result;
    try {
      const fn = this.load();
      if (fn) result = fn(...args);
      if (result && typeof result.then === 'function') result = await result;
      if (this.kind === 'stdio') await settle();
    } catch (e) {
      if (!(e instanceof ExitSignal && e.code === 0 && this.kind === 'stdio')) {
        const type = errorType(e);
        const message = errorMessage(e);
        addon.fail(isOom(type, message) ? 'MemoryError' : type, message);
      }
    }
    let peak = -1;
    if (profiler) {
      let top = heapInUse(heapStatistics());
      const stats = apply(stopGcProfiler, profiler, [])?.statistics ?? [];
      for (let k = 0; k < stats.length; k++) top = mathMax(top, heapInUse(stats[k].beforeGC.heapStatistics, true));
      peak = mathMax(0, top - base);
      // The peak is read before encoding: encoding must not run the candidate's code.
      const why = this.kind === 'stdio' ? null : runsCode(result);
      if (why) addon.fail('ResultRunsCode', `reading the result would run the candidate's code after the allocation peak is read: ${why}`);
    }
    let text;
    try {
      text = this.kind === 'stdio' ? 'null' : stringify(encode(result));
    } catch (e) {
      addon.fail('TypeError', `the result could not be encoded: ${errorMessage(e)}`);
    }
    if (typeof text !== 'string') addon.fail('TypeError', 'the result has no JSON encoding');
    // The peak goes last: JSON keeps the last of two equal keys, so no text in v can replace it.
    addon.finish(`{"v":${text},"peak":${peak}}`);
  }
}

const heapInUse = (h, camel = false) => (camel ? h.usedHeapSize + h.externalMemory : h.used_heap_size + h.external_memory);

/** Lets stdin 'end' handlers and their microtasks run before a program's output is taken. */
async function settle() {
  for (let k = 0; k < 3; k++) await new Promise((resolve) => setImmediate(resolve));
}

/** What a runner may reach once the candidate runs: no native code, no processes, no exit. */
function lockDown(stdinText) {
  let stdin;
  Object.defineProperty(process, 'stdin', { configurable: true, get: () => (stdin ??= Readable.from([stdinText])) });
  const exit = (code = 0) => {
    throw new ExitSignal(code);
  };
  for (const name of ['exit', 'reallyExit', 'abort']) process[name] = exit;
  for (const name of ['kill', 'binding', '_linkedBinding', 'dlopen', '_kill', 'chdir', 'setuid', 'setgid', 'initgroups', 'setgroups', 'mainModule', '_getActiveHandles', '_getActiveRequests']) {
    try {
      delete process[name];
    } catch {}
  }
  process.env = {};
  process.argv = ['node', '/tmp/candidate.js'];
}

class FrameReader {
  /** The zygote's rehearsal passes a tag of its own: frameTag() answers only in a call process. */
  constructor(fd, tag = addon.frameTag()) {
    this.fd = fd;
    this.buf = Buffer.alloc(0);
    this.ready = false;
    this.frame = undefined;
    // The runner's secret (C memory only): a frame the candidate wrote itself is refused.
    this.tag = tag;
  }

  pump() {
    const chunk = Buffer.alloc(1 << 20);
    const n = fs.readSync(this.fd, chunk, 0, chunk.length, null);
    if (n === 0) return 'eof';
    this.buf = Buffer.concat([this.buf, chunk.subarray(0, n)]);
    if (this.buf[0] === 0x52) {
      this.buf = this.buf.subarray(1);
      this.ready = true;
    }
    const nl = this.buf.indexOf(10);
    if (nl < 0) return this.buf.length > 96 ? 'bad' : 'more';
    const [kind, size, tag] = this.buf.subarray(0, nl).toString('latin1').split(' ');
    if ((kind !== 'O' && kind !== 'E') || !/^\d+$/.test(size) || tag !== this.tag) return 'bad';
    if (Number(size) > FRAME_CAP) return 'overflow';
    const rest = this.buf.subarray(nl + 1);
    if (rest.length >= Number(size)) this.frame = [kind, rest.subarray(0, Number(size)).toString('utf8')];
    return 'more';
  }
}

/** The job header: its length on a line, then exactly that many bytes into one buffer (see supervisor.py). */
function readHeader(fd) {
  let digits = '';
  const one = Buffer.alloc(1);
  while (!digits.endsWith('\n')) {
    if (fs.readSync(fd, one, 0, 1, null) !== 1 || digits.length > 12) return null;
    digits += String.fromCharCode(one[0]);
  }
  const buf = Buffer.alloc(Number(digits));
  for (let got = 0; got < buf.length; ) {
    const n = fs.readSync(fd, buf, got, buf.length - got, null);
    if (n === 0) return null;
    got += n;
  }
  return JSON.parse(buf.toString('utf8'));
}

function jobMain() {
  const header = readHeader(HOST_IN);
  if (header === null) addon.exit(0);
  let job;
  try {
    job = new Job(header);
  } catch (e) {
    send({ ev: 'compile_error', message: errorMessage(e) });
    addon.exit(0);
  }
  send({ ev: 'ready' });
  addon.serve(HOST_IN, HOST_OUT); // returns in each call process
  const cmd = readLine(HOST_IN);
  try {
    if (cmd && cmd.op === 'call') job.call(cmd);
  } catch (e) {
    if (e === RUNNER) return;
    throw e;
  }
  addon.exit(0);
}

// Compiled before any fork: every runner would otherwise compile these again, counted.
JSON.stringify({ v: encode([1, 'a', null, true, 1.5, -Infinity, 2n ** 70n, new Set([1]), new Map([[1, 2]]), { a: [1] }, new Int32Array(2)]), peak: -1 });
decode([1, { $int: '9007199254740993' }, { $float: 'inf' }, { $tuple: [1] }, { $set: [1] }, { $dict: [[1, 2]] }, { $dict: [['a', 2]] }]);
errorMessage(new Error('x'));
errorType(new ExitSignal(0));

// What a call process runs around its runner, once here: a command read from a pipe, then the
// supervision of a runner whose frame is already waiting (this process stands in for the
// runner: its clock is read, its frame parsed), and the event encoded. Each call process is a
// new fork, and under valgrind the translations it made died with it (see supervisor.py).
(() => {
  const [r, w] = addon.pipe();
  try {
    fs.writeSync(w, '{"op":"call","i":"00000000000000000000","cpu_limit_ns":"--------------------","wall_limit_ms":"00000000000000060000"}\n');
    const cmd = readLine(r);
    numberField(cmd.i);
    fs.writeSync(w, `O 3 ${'0'.repeat(32)}\n[1]`);
    const standIn = {
      mode: 'count',
      kind: 'function',
      trace: false,
      reap: () => 0,
      frameReader: (fd) => new FrameReader(fd, '0'.repeat(32)),
    };
    const ev = Job.prototype.supervise.call(standIn, process.pid, r, -1, -1, cmd);
    JSON.stringify({ i: 0, same: true, ...ev });
  } finally {
    fs.closeSync(r);
    fs.closeSync(w);
  }
})();

addon.serve(HOST_IN, HOST_OUT); // the zygote stays in C; returns in each job process
try {
  jobMain();
} catch (e) {
  send({ ev: 'harness_error', message: `${errorType(e)}: ${errorMessage(e)}` });
  addon.exit(0);
}
