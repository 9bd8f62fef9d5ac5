// I/O shell: which meters work on this machine, found out by running a tiny candidate through
// the real executor, so each probe meets the same sandbox (bubblewrap, seccomp, uid) as candidates.
import { execa } from 'execa';
import type { Executor, HarnessJob, Mode, RunOutcome } from '../sandbox/executor.ts';
import { explainPerfError } from './perf.ts';
import { summarizeTimes } from './stats.ts';

export type ProbedMeter = 'perf' | 'valgrind' | 'time' | 'memory';

export interface MeterStatus {
  meter: ProbedMeter;
  works: boolean;
  /** One line: what works and how, or why not. */
  reason: string;
}

const PROBE_N = 100_000;
const PYTHON_PROBE = 'def probe(n):\n    return sum(range(n))\n';
const JS_PROBE = 'function probe(n) {\n  let s = 0;\n  for (let i = 0; i < n; i++) s += i;\n  return s;\n}\n';

function probeJob(mode: Mode, language: 'python' | 'javascript' = 'python'): HarnessJob {
  return {
    language,
    returns: { kind: 'int' },
    kind: 'function',
    entry: 'probe',
    source: language === 'python' ? PYTHON_PROBE : JS_PROBE,
    mode,
    // Test 0 warms up the counted modes; test 1 is the one reported.
    tests: [{ args: [1000] }, { args: [PROBE_N], time: mode === 'native' }],
    countFirst: 2,
    timing: mode === 'native' ? { repetitions: 7, minBatchNs: 1_000_000, maxBatch: 10_000 } : undefined,
  };
}

function runProbe(executor: Executor, job: HarnessJob): Promise<RunOutcome> {
  return executor.run(job, { callLimitMs: () => (job.mode === 'callgrind' ? 120_000 : 20_000), memoryBytes: 2 ** 30 });
}

function failure(out: RunOutcome): string {
  if (out.status !== 'completed') return `${out.status}: ${out.message ?? ''}`.trim();
  const bad = out.tests.find((t) => t.status !== 'passed');
  return bad ? `${bad.status}: ${bad.message ?? ''}`.trim() : 'no figure came back';
}

export async function valgrindVersion(): Promise<string | undefined> {
  const r = await execa('valgrind', ['--version'], { reject: false });
  return r.exitCode === 0 ? r.stdout.trim() : undefined;
}

let perfProbe: Promise<MeterStatus> | undefined;

/** perf_event_open inside the sandbox; cached per process (the answer is the machine's). */
export function probePerf(executor: Executor): Promise<MeterStatus> {
  perfProbe ??= (async () => {
    const out = await runProbe(executor, probeJob('perf'));
    const n = out.tests[1]?.instructions;
    if (out.status === 'completed' && n !== undefined && n > 0) {
      return { meter: 'perf', works: true, reason: `works: ${n} user-space instructions for sum(range(${PROBE_N})) in the sandbox` };
    }
    const why = out.status === 'sandbox_error' && out.message?.startsWith('perf_event_open') ? explainPerfError(out.message) : `probe failed: ${failure(out)}`;
    return { meter: 'perf', works: false, reason: why };
  })();
  return perfProbe;
}

export async function probeValgrind(executor: Executor): Promise<MeterStatus> {
  const version = await valgrindVersion();
  if (!version) return { meter: 'valgrind', works: false, reason: 'valgrind not found (apt-get install valgrind)' };
  const out = await runProbe(executor, probeJob('callgrind'));
  const n = out.tests[1]?.instructions;
  if (out.status === 'completed' && n !== undefined) {
    return {
      meter: 'valgrind',
      works: true,
      reason: `${version} works: ${n} instructions for sum(range(${PROBE_N})), deterministic (Brisk's counting tool); ~15x slower per call, 1-3 s start-up; also --meter cycles (a fixed cache model)`,
    };
  }
  return { meter: 'valgrind', works: false, reason: `${version} is installed but a counted run failed: ${failure(out)}` };
}

export async function probeTime(executor: Executor): Promise<MeterStatus> {
  const out = await runProbe(executor, probeJob('native'));
  const samples = out.tests[1]?.samples;
  if (out.status !== 'completed' || !samples?.length) return { meter: 'time', works: false, reason: `a timed run failed: ${failure(out)}` };
  const cv = (summarizeTimes(samples).cv * 100).toFixed(1);
  return {
    meter: 'time',
    works: true,
    reason: `works: CV ${cv}% over ${samples.length} timed batches of a probe just now (pyperf calls >= 10% unstable; shared VMs show 1-18%); scores pair each sample with its reference, so the ratios hold; absolute times do not carry across runs`,
  };
}

/** Allocation and V8 heap peaks, and whether clear_refs lets VmHWM be reset, per language. */
export async function probeMemory(executor: Executor): Promise<MeterStatus> {
  const parts: string[] = [];
  let works = true;
  for (const [language, peak] of [
    ['python', 'allocation peak'],
    ['javascript', 'V8 heap peak (GC profiler)'],
  ] as const) {
    const out = await runProbe(executor, { ...probeJob('memory', language), countFirst: undefined });
    const m = out.status === 'completed' ? out.tests[1]?.memory : undefined;
    if (!m) {
      works = false;
      parts.push(`${language}: memory pass failed: ${failure(out)}`);
      continue;
    }
    const rss = m.rssPeakBytes !== undefined ? 'RSS peak (VmHWM after clear_refs)' : `no RSS peak (${out.message ?? 'clear_refs unavailable'})`;
    parts.push(`${language}: ${peak}, ${rss}`);
  }
  return { meter: 'memory', works, reason: parts.join('; ') };
}

export async function probeMeters(executor: Executor): Promise<MeterStatus[]> {
  // One at a time: the time probe should not share the cores with a valgrind run.
  const out: MeterStatus[] = [];
  for (const probe of [probePerf, probeValgrind, probeTime, probeMemory]) out.push(await probe(executor));
  return out;
}
