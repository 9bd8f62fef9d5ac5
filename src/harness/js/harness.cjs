// Brisk's in-sandbox JavaScript harness (the counterpart of harness.py, same protocol).
// Reads one job (JSON) from stdin, runs the candidate (already transpiled to CommonJS by the
// host) on every test in order and writes one JSON event per line to fd 3. Every call runs the
// candidate's module body afresh (vm.compileFunction, compiled once): module state cannot carry
// over, and the candidate's own top-level functions are plain locals. A separate vm context per
// call would cost ~2000 instructions per call of a top-level helper (global-proxy interceptors),
// drowning the algorithm in the counts; the price is that a candidate patching builtins
// (Array.prototype...) affects its own later calls, which only hurts that candidate.
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');
const { Readable } = require('node:stream');

const PROTO_OUT = 3;
let tinybenchModule;
const tinybench = () => (tinybenchModule ??= import(require('node:path').join(__dirname, 'tinybench.mjs')));
const now = () => process.hrtime.bigint();
const send = (ev) => fs.writeSync(PROTO_OUT, JSON.stringify(ev) + '\n');

function decode(w) {
  if (Array.isArray(w)) return w.map(decode);
  if (w === null || typeof w !== 'object') return w;
  if ('$int' in w) { const b = BigInt(w.$int); return Number.isSafeInteger(Number(b)) ? Number(b) : b; }
  if ('$float' in w) { const f = w.$float; return f === 'inf' ? Infinity : f === '-inf' ? -Infinity : f === 'nan' ? NaN : f; }
  if ('$tuple' in w) return w.$tuple.map(decode);
  if ('$set' in w) return new Set(w.$set.map(decode));
  if ('$dict' in w) {
    const entries = w.$dict.map(([k, v]) => [decode(k), decode(v)]);
    return entries.every(([k]) => typeof k === 'string') ? Object.fromEntries(entries) : new Map(entries);
  }
  throw new Error('unknown wire tag');
}

/** Lossless JSON of a JS value (cross-realm safe); the host types it by the signature. */
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
  return { $other: t === 'function' ? 'function' : (v.constructor && v.constructor.name) || tag };
}

class ExitSignal extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

// Native runs have --expose-gc (a full GC before a timed call); counted runs do not.
const collectGarbage = typeof global.gc === 'function' ? global.gc : () => {};

// v8.getHeapStatistics() names fields in snake_case, the GC profiler in camelCase.
const heapInUse = (h, camel = false) => (camel ? h.usedHeapSize + h.externalMemory : h.used_heap_size + h.external_memory);

// "5" resets the peak RSS (VmHWM) to the current RSS (Linux >= 4.0, proc(5)).
const resetRssPeak = () => fs.writeFileSync('/proc/self/clear_refs', '5');
/** Bytes of V8 heap in use at the peak of `run()`, over the level just before it. */
async function heapPeakOf(run) {
  const base = heapInUse(v8.getHeapStatistics());
  const profiler = new v8.GCProfiler();
  profiler.start();
  let top = 0;
  try {
    await run();
    top = heapInUse(v8.getHeapStatistics());
  } finally {
    for (const s of profiler.stop()?.statistics ?? []) top = Math.max(top, heapInUse(s.beforeGC.heapStatistics, true));
  }
  return Math.max(0, top - base);
}

function rssPeak() {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  if (!m) throw new Error('no VmHWM in /proc/self/status');
  return Number(m[1]) * 1024;
}

const sink = { log() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {}, dir() {}, table() {} };

class Job {
  constructor(job) {
    this.job = job;
    this.kind = job.kind;
    // The inner function lets the candidate declare names such as `require` without a clash,
    // and keeps its 'use strict' directive (the transpiler's first line) in force.
    const name = job.entry;
    const found = this.kind === 'function' ? `typeof ${name} === 'function' ? ${name} : undefined` : 'undefined';
    const body = `return (function () {${job.source}\n;return ${found};\n}).call(undefined);`;
    this.factory = vm.compileFunction(body, ['require', 'module', 'exports', 'console', 'process'], { filename: 'candidate.js' });
  }

  /** A fresh context with the candidate evaluated in it; returns a ready-to-run call. */
  prepare(test) {
    const stdinText = this.kind === 'stdio' ? test.stdin : '';
    const chunks = [];
    const write = (s) => {
      if (this.kind === 'stdio') chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
      return true;
    };
    const stdoutConsole = this.kind === 'stdio'
      ? { ...sink, log: (...a) => write(a.map(String).join(' ') + '\n'), info: (...a) => write(a.map(String).join(' ') + '\n') }
      : sink;
    const fakeFs = {
      ...fs,
      readFileSync: (p, opts) => {
        if (p === 0 || p === '/dev/stdin') {
          const enc = typeof opts === 'string' ? opts : opts && opts.encoding;
          return enc ? stdinText : Buffer.from(stdinText, 'utf8');
        }
        return fs.readFileSync(p, opts);
      },
      writeSync: (fd, s, ...rest) => (fd === 1 ? (write(s), String(s).length) : fd === 2 ? 0 : fs.writeSync(fd, s, ...rest)),
    };
    let stdin;
    const proc = {
      argv: ['node', 'candidate.js'],
      env: {},
      platform: process.platform,
      exit: (code = 0) => {
        throw new ExitSignal(code);
      },
      hrtime: process.hrtime,
      nextTick: process.nextTick,
      memoryUsage: process.memoryUsage,
      stdout: { write, isTTY: false },
      stderr: { write: () => true, isTTY: false },
      get stdin() {
        stdin ??= Readable.from([stdinText]);
        return stdin;
      },
    };
    const mod = { exports: {} };
    const req = (name) => {
      const bare = String(name).replace(/^node:/, '');
      if (bare === 'fs') return fakeFs;
      return require(name);
    };
    const load = () => this.factory(req, mod, mod.exports, stdoutConsole, proc);
    if (this.kind === 'stdio') {
      return { run: load, output: () => chunks.join(''), stdin: () => stdin };
    }
    const name = this.job.entry;
    let fn = load();
    if (typeof fn !== 'function') {
      const ex = mod.exports;
      fn = typeof ex === 'function' ? ex : ex && typeof ex[name] === 'function' ? ex[name] : ex && ex.default && typeof ex.default[name] === 'function' ? ex.default[name] : undefined;
    }
    if (typeof fn !== 'function') {
      const err = new Error(`no function named '${name}'`);
      err.name = 'LookupError';
      throw err;
    }
    const args = test.args.map((a) => decode(a));
    return { run: () => fn(...args) };
  }

  /** Runs a prepared call to completion, waiting for promises and stdin-driven callbacks. */
  async call(prepared) {
    try {
      let result = prepared.run();
      if (result && typeof result.then === 'function') result = await result;
      if (this.kind === 'stdio') {
        const stdin = prepared.stdin();
        if (stdin && !stdin.readableEnded) await new Promise((resolve) => stdin.once('end', resolve));
        // Let 'end'/'close' handlers and their microtasks run.
        for (let k = 0; k < 3; k++) await new Promise((resolve) => setImmediate(resolve));
        return prepared.output();
      }
      return result;
    } catch (e) {
      if (e instanceof ExitSignal && e.code === 0 && this.kind === 'stdio') return prepared.output();
      throw e;
    }
  }

  async firstCall(i, test) {
    // Censored only when the fastest try is past the limit by wall clock and CPU time alike.
    const censor = test.censor_ns;
    let best;
    let bestCpu;
    let firstResult;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt) send({ ev: 'begin', i });
      const prepared = this.prepare(test);
      collectGarbage();
      const c0 = process.cpuUsage();
      const t0 = now();
      const result = await this.call(prepared);
      const ns = Number(now() - t0);
      const c1 = process.cpuUsage(c0);
      const cpu = (c1.user + c1.system) * 1000;
      if (best === undefined) firstResult = result;
      best = best === undefined ? ns : Math.min(best, ns);
      bestCpu = bestCpu === undefined ? cpu : Math.min(bestCpu, cpu);
      if (censor === undefined || censor === null || best <= censor || bestCpu <= censor) break;
    }
    let output;
    try {
      output = this.kind === 'stdio' ? firstResult : encode(firstResult);
    } catch (e) {
      output = { $other: `unencodable: ${e.message}` };
    }
    send({ ev: 'called', i, ok: true, output, ns: best, cpu_ns: bestCpu });
    return best;
  }

  /**
   * Timed calls of one scored test, through tinybench (staged next to this file): a cold call
   * calibrates how many calls to take, tinybench warms up (calibrating cold is off ~50x) and
   * times each call with a fresh module state prepared outside the timed region.
   */
  async timeTest(i, test) {
    const timing = this.job.timing;
    const warmStart = now();
    await this.call(this.prepare(test));
    const warm = Math.max(Number(now() - warmStart), 1);
    const calls = this.kind === 'stdio' ? 1 : Math.max(1, Math.min(timing.max_batch, Math.ceil(timing.min_batch_ns / warm)));
    const { Bench } = await tinybench();
    const bench = new Bench({
      timestampProvider: 'hrtimeNow',
      time: 0,
      iterations: timing.repetitions * calls,
      warmupTime: 0,
      warmupIterations: Math.min(calls, 16),
      retainSamples: true,
      throws: true,
    });
    let prepared;
    const job = this;
    bench.add(`test ${i}`, async () => { await job.call(prepared); }, { beforeEach() { prepared = job.prepare(test); } });
    await bench.run();
    const latency = bench.tasks[0].result.latency;
    const samples = Array.from(latency.samples, (ms) => ms * 1e6);
    send({ ev: 'timed', i, samples, batch: 1, warm_ns: warm, rme: latency.rme });
  }

  async countTest(i, test, addon) {
    const prepared = this.prepare(test);
    addon.start();
    await this.call(prepared);
    addon.stop();
    addon.dump(`brisk-test-${i}`);
    send({ ev: 'counted', i });
  }

  async perfTest(i, test, addon) {
    const prepared = this.prepare(test);
    addon.start();
    await this.call(prepared);
    const n = addon.stop();
    send({ ev: 'counted', i, instructions: n });
  }

  // The memory pass is untimed and sweeps the tests twice: RSS (high-water mark reset just
  // before the call), then the heap peak under a GC profiler. Between collections the used heap
  // only grows, so its peak during the call is the largest of "used before each GC" and "used at
  // the end" (external memory, i.e. ArrayBuffers, included), less the level after a full GC
  // just before the call.
  async memoryPass(tests) {
    let rss = true;
    try {
      resetRssPeak();
      rssPeak();
    } catch (e) {
      rss = false;
      send({ ev: 'note', message: `no RSS peak: /proc/self/clear_refs: ${e.message}` });
    }
    for (const phase of rss ? ['rss', 'peak'] : ['peak']) {
      for (let i = 0; i < tests.length; i++) {
        send({ ev: 'begin', i });
        try {
          const prepared = this.prepare(tests[i]);
          collectGarbage();
          if (phase === 'rss') {
            resetRssPeak();
            await this.call(prepared);
            send({ ev: 'rss', i, rss: rssPeak() });
          } else {
            send({ ev: 'measured', i, peak: await heapPeakOf(() => this.call(prepared)) });
          }
        } catch (e) {
          this.failed(i, e);
          return;
        }
      }
    }
    send({ ev: 'done' });
  }

  failed(i, e) {
    const type = e instanceof ExitSignal ? 'SystemExit' : (e && e.name) || 'Error';
    const message = String((e && e.message) || e).slice(0, 500);
    const oom = type === 'RangeError' && /allocation failed|Invalid (typed )?array length|Array buffer/i.test(message);
    send({ ev: 'called', i, ok: false, error: { type: oom ? 'MemoryError' : type, message } });
    return oom;
  }

  async run() {
    const job = this.job;
    try {
      if (this.kind === 'function') this.prepare(job.tests[0]);
    } catch (e) {
      send({ ev: 'load_error', type: (e && e.name) || 'Error', message: String((e && e.message) || e).slice(0, 500) });
      return;
    }
    send({ ev: 'ready' });
    if (job.mode === 'memory') return this.memoryPass(job.tests);
    let addon;
    if (job.mode === 'perf') {
      const m = { exports: {} };
      process.dlopen(m, job.helper);
      addon = m.exports;
      try {
        addon.open();
      } catch (e) {
        send({ ev: 'meter_error', message: e.message });
        return;
      }
      await this.call(this.prepare(job.tests[0]));
    }
    if (job.mode === 'callgrind') {
      const m = { exports: {} };
      process.dlopen(m, job.helper);
      addon = m.exports;
      await this.call(this.prepare(job.tests[0]));
    }
    const count = addon ? Number(job.count_first) : job.tests.length;
    for (let i = 0; i < count; i++) {
      const test = job.tests[i];
      send({ ev: 'begin', i });
      try {
        if (job.mode === 'perf') {
          await this.perfTest(i, test, addon);
          continue;
        }
        if (addon) {
          await this.countTest(i, test, addon);
          continue;
        }
        await this.firstCall(i, test);
        if (test.time && job.timing) await this.timeTest(i, test);
      } catch (e) {
        const type = e instanceof ExitSignal ? 'SystemExit' : (e && e.name) || 'Error';
        const message = String((e && e.message) || e).slice(0, 500);
        const oom = type === 'RangeError' && /allocation failed|Invalid (typed )?array length|Array buffer/i.test(message);
        send({ ev: 'called', i, ok: false, error: { type: oom ? 'MemoryError' : type, message } });
        if (oom) return;
      }
    }
    send({ ev: 'done' });
  }
}

async function main() {
  const job = JSON.parse(fs.readFileSync(0, 'utf8'));
  let runner;
  try {
    runner = new Job(job);
  } catch (e) {
    send({ ev: 'compile_error', message: String((e && e.message) || e).slice(0, 500) });
    process.exit(0);
  }
  try {
    await runner.run();
  } catch (e) {
    send({ ev: 'harness_error', message: String((e && e.stack) || e).slice(-2000) });
  }
  process.exit(0);
}

main();
