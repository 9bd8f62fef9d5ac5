// Brisk's in-sandbox line counter for JavaScript (`brisk profile`; not a meter: nothing here
// is scored or timed). Reads one job (JSON) on stdin: {kind, entry, source (CommonJS, already
// transpiled by the host), probes: [[offset, line], ...], functions: [[start, end], ...],
// tests: [{args} | {stdin}]}. V8's precise block coverage with call counts (inspector Profiler)
// gives exact execution counts per block; a line's count is the largest count of the innermost
// range around any of its probes (the host's source-map positions of that line). Only the call
// is counted: coverage is taken (and so reset) just before it. One JSON event per line goes to
// stdout through a write function captured before any candidate code runs.
'use strict';
const fs = require('node:fs');
const inspector = require('node:inspector');
const vm = require('node:vm');
const { Readable } = require('node:stream');
const { decode } = require('./wire.cjs');

const writeSync = fs.writeSync;
const send = (ev) => writeSync(1, JSON.stringify(ev) + '\n');
// The inner function lets the candidate declare names such as `require` without a clash and
// keeps its 'use strict' (the transpiler's first line) in force; offsets are shifted by PREFIX.
const PREFIX = '(function (require, module, exports, console, process) { return (function () {';
const FILENAME = 'brisk-candidate.js';

class ExitSignal extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.name = 'SystemExit';
    this.code = code;
  }
}

const session = new inspector.Session();
session.connect();
/** Same-thread inspector sessions answer synchronously. */
function post(method, params) {
  let result;
  let error;
  session.post(method, params || {}, (err, res) => {
    error = err;
    result = res;
  });
  if (error) throw new Error(`${method}: ${error.message}`);
  if (!result) throw new Error(`${method}: no synchronous answer from the inspector`);
  return result;
}

const quiet = () => {};
const sink = { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet, dir: quiet, table: quiet };

/** What the candidate may reach: no inspector (it could stop the coverage), stdin as text. */
function sandboxFor(stdinText) {
  const fakeFs = {
    ...fs,
    readFileSync: (p, opts) => (p === 0 || p === '/dev/stdin' ? (opts ? stdinText : Buffer.from(stdinText)) : fs.readFileSync(p, opts)),
    writeSync: (fd, s, ...rest) => (fd === 1 || fd === 2 ? String(s).length : fs.writeSync(fd, s, ...rest)),
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
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true, isTTY: false },
    get stdin() {
      stdin ??= Readable.from([stdinText]);
      return stdin;
    },
  };
  const req = (name) => {
    const bare = String(name).replace(/^node:/, '');
    if (bare === 'fs') return fakeFs;
    if (bare === 'inspector' || bare === 'inspector/promises') throw new Error('the inspector is not available to candidates while lines are counted');
    return require(name);
  };
  return { proc, req, stdin: () => stdin };
}

/** Counts of one coverage take: the innermost range around each probe, the largest per line. */
function lineCounts(coverage, probes, functions) {
  const script = coverage.result.find((s) => s.url === FILENAME);
  const ranges = [];
  const reported = new Set();
  for (const fn of script ? script.functions : []) {
    for (const r of fn.ranges) ranges.push([r.startOffset - PREFIX.length, r.endOffset - PREFIX.length, r.count]);
    if (fn.ranges.length > 0) reported.add(fn.ranges[0].endOffset - PREFIX.length);
  }
  // V8 leaves out functions that did not run since the last take: count 0, not the parent's.
  // Matched by end offset (V8 and the host's parser agree on where a function ends).
  for (const [start, end] of functions) if (!reported.has(end)) ranges.push([start, end, 0]);
  const counts = new Map();
  for (const [offset, line] of probes) {
    let best;
    for (const r of ranges) if (r[0] <= offset && offset < r[1] && (!best || r[1] - r[0] <= best[1] - best[0])) best = r;
    if (best && best[2] > 0) counts.set(line, Math.max(counts.get(line) || 0, best[2]));
  }
  return [...counts].sort((a, b) => a[0] - b[0]);
}

async function runOnce(factory, job, test) {
  const text = job.kind === 'stdio' ? test.stdin : '';
  const { proc, req, stdin } = sandboxFor(text);
  const mod = { exports: {} };
  const call = () => factory(req, mod, mod.exports, sink, proc);
  let run = call;
  if (job.kind === 'function') {
    let fn = call();
    const ex = mod.exports;
    if (typeof fn !== 'function') fn = typeof ex === 'function' ? ex : ex && typeof ex[job.entry] === 'function' ? ex[job.entry] : undefined;
    if (typeof fn !== 'function') throw Object.assign(new Error(`no function named '${job.entry}'`), { name: 'LookupError' });
    const args = test.args.map(decode);
    run = () => fn(...args);
  }
  post('Profiler.takePreciseCoverage');
  try {
    const result = run();
    if (result && typeof result.then === 'function') await result;
    const s = stdin();
    if (s && !s.readableEnded) await new Promise((resolve) => s.once('end', resolve));
    for (let k = 0; k < 3; k++) await new Promise((resolve) => setImmediate(resolve));
  } catch (e) {
    if (!(e instanceof ExitSignal && e.code === 0 && job.kind === 'stdio')) throw e;
  }
  return post('Profiler.takePreciseCoverage');
}

async function main() {
  const job = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  post('Profiler.enable');
  post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  let factory;
  try {
    if (job.kind === 'function' && !/^[A-Za-z_$][\w$]*$/.test(job.entry)) throw new Error(`not a function name: ${job.entry}`);
    const found = job.kind === 'function' ? `typeof ${job.entry} === 'function' ? ${job.entry} : undefined` : 'undefined';
    factory = new vm.Script(`${PREFIX}${job.source}\n;return ${found};\n}).call(undefined); })`, { filename: FILENAME }).runInThisContext();
  } catch (e) {
    send({ ev: 'compile_error', message: String(e?.message || e).slice(0, 300) });
    return;
  }
  for (let i = 0; i < job.tests.length; i++) {
    send({ ev: 'begin', i });
    let coverage;
    try {
      coverage = await runOnce(factory, job, job.tests[i]);
    } catch (e) {
      send({ ev: 'error', i, type: e?.name || 'Error', message: String(e?.message || e).slice(0, 300) });
      return;
    }
    send({ ev: 'lines', i, counts: lineCounts(coverage, job.probes, job.functions) });
  }
  send({ ev: 'done' });
}

main().then(
  () => process.exit(0),
  (e) => {
    send({ ev: 'tracer_error', message: String(e?.stack || e).slice(-1000) });
    process.exit(0);
  },
);
