// A worker's handling of one job, without Redis: it measures what the coordinator asked for
// exactly as a local run would (same store keys, same numbers, through a JSON round trip),
// and refuses, naming itself, any job it would measure differently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CachedMeasure, MemoryCache, sha256, toStored, type RemoteMeasure } from '../../src/evaluate/cache.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type Entrant } from '../../src/evaluate/run.ts';
import { loadProblems, PACKAGE_ROOT } from '../../src/problem/load.ts';
import { JobMeasurer, JobRefused, type WorkerSetup } from '../../src/queue/measure-job.ts';
import { referenceJob, sampleJob, type Job, type RunHeader } from '../../src/queue/payload.ts';
import type { Meter, MeterContext } from '../../src/measure/meter.ts';
import { buildTests } from '../../src/problem/inputs.ts';
import type { HarnessJob, RunControl } from '../../src/sandbox/executor.ts';
import { MockExecutor } from '../support/mocks.ts';
import { testEnv, testWorker } from '../support/queue.ts';

const suite = path.join(PACKAGE_ROOT, 'test/fixtures/queue-suite');
const env = testEnv;
const run: RunHeader = { runId: 'r1', env, counter: 'callgrind' };
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1, memory: false, tierMetrics: false };
const info = testWorker();

/** Sums of the inputs, as a correct list-sum would return, judged as the real executor does. */
function answering(wrongOn?: number) {
  return new MockExecutor(async (job: HarnessJob, control: RunControl) => ({
    status: 'completed',
    wallMs: 1,
    tests: await Promise.all(
      job.tests.map(async (t, i) => {
        const out = (t.args![0] as number[]).reduce((a, b) => a + b, 0) + (i === wrongOn ? 1 : 0);
        const wrong = await control.verify?.(i, out);
        return wrong ? { status: 'wrong_answer' as const, output: out, message: wrong } : { status: 'passed' as const, firstNs: 1000, output: out };
      }),
    ),
  }));
}

/** Costs grow with the measured source's length, so scores differ between samples. */
class SourceMeter implements Meter {
  readonly name = 'instructions' as const;
  readonly unit = 'instructions' as const;
  readonly timesNatively = false;
  async costs(ctx: MeterContext) {
    return { costs: new Map(ctx.indices.map((i) => [i, 100 * (i + 1) + ctx.job.source.length])) };
  }
}

/** A RemoteMeasure that hands each job, through JSON as Redis would, to a JobMeasurer. */
class InProcessRemote implements RemoteMeasure {
  readonly storedKeys: string[] = [];
  readonly sent: Job[] = [];
  constructor(
    private readonly measurer: JobMeasurer,
    readonly blobs: Map<string, string>,
  ) {}
  private async send(job: Job) {
    this.sent.push(job);
    return this.measurer.measure(JSON.parse(JSON.stringify(job)));
  }
  async reference(w: Parameters<RemoteMeasure['reference']>[0]) {
    if (w.expectedFrom) this.blobs.set(w.expectedFrom.key, JSON.stringify(toStored(w.expectedFrom.ref)));
    const file = w.problem.references[w.language]!.at(-1)!.file;
    const out = await this.send(referenceJob(run, w, sha256(readFileSync(file, 'utf8'))));
    if (out.kind !== 'reference') throw new Error(`unexpected ${out.kind}: ${out.kind === 'reference_error' ? out.message : ''}`);
    return out.reference;
  }
  async sample(w: Parameters<RemoteMeasure['sample']>[0]) {
    this.blobs.set(w.ref.key, JSON.stringify(toStored(w.ref.ref)));
    const out = await this.send(sampleJob(run, w));
    if (out.kind !== 'sample') throw new Error(`unexpected ${out.kind}`);
    return { result: out.result, keep: true };
  }
  stored(key: string) {
    this.storedKeys.push(key);
  }
}

const sources = ['def list_sum(xs):\n    return sum(xs)\n', 'def list_sum(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n'];
const entrant: Entrant = { name: 'm', samples: new Map([['list-sum', sources.map((source, i) => ({ source, origin: `m:${i}`, language: 'python' as const }))]]) };

function worker(over: Partial<WorkerSetup> & { blobs: Map<string, string> }): JobMeasurer {
  const { blobs, ...rest } = over;
  return new JobMeasurer({ suite, env, counter: 'callgrind', info, executor: answering(), newMeter: () => new SourceMeter(), fetchReference: async (k) => blobs.get(k) ?? null, ...rest });
}

async function queueRun(over: Partial<WorkerSetup> = {}) {
  const problems = await loadProblems(suite, ['list-sum']);
  const blobs = new Map<string, string>();
  const remote = new InProcessRemote(worker({ blobs, ...over }), blobs);
  const store = new MemoryCache();
  const outcome = await evaluateRun(problems, [entrant], new CachedMeasure(store, env, { executor: answering(), meter: new SourceMeter(), cfg }, remote), () => {});
  return { outcome, store, remote };
}

async function localRun() {
  const problems = await loadProblems(suite, ['list-sum']);
  return evaluateRun(problems, [entrant], new CachedMeasure(new MemoryCache(), env, { executor: answering(), meter: new SourceMeter(), cfg }), () => {});
}

describe('JobMeasurer', () => {
  it("measures references and samples as a local run does, under the coordinator's store keys", async () => {
    const { outcome, store, remote } = await queueRun();
    const local = await localRun();
    expect(outcome.entrants).toEqual(local.entrants);
    expect(outcome.references).toEqual(local.references);
    expect(outcome.entrants[0]!.problems[0]!.samples.map((s) => s.status)).toEqual(['passed', 'passed']);
    // Every result went into the store under the key of its job, and the remote heard of it.
    expect([...store.references.keys(), ...store.samples.keys()].sort()).toEqual(remote.sent.map((j) => j.key).sort());
    expect(remote.storedKeys.sort()).toEqual(remote.sent.map((j) => j.key).sort());
  });

  it('answers a reference that fails with its ReferenceFailure message, as measureReference would throw it', async () => {
    const [problem] = await loadProblems(suite, ['list-sum']);
    // The hand-written case [1, 2, 3] -> 6 answered wrongly.
    const wrongOn = buildTests(problem!.spec, cfg.suiteSeed).findIndex((t) => JSON.stringify(t.args) === '[[1,2,3]]');
    const blobs = new Map<string, string>();
    const remote = new InProcessRemote(worker({ blobs, executor: answering(wrongOn) }), blobs);
    const stored = await new CachedMeasure(new MemoryCache(), env, { executor: answering(), meter: new SourceMeter(), cfg }, remote).reference(problem!, 'python').catch((e: unknown) => e);
    expect(stored).toBeInstanceOf(Error);
    expect((stored as Error).message).toMatch(/^unexpected reference_error: list-sum: python reference expert on test \S+: wrong_answer/);
  });
});

describe('CachedMeasure with a remote', () => {
  it('reports a sample no worker could measure, but neither stores it nor tells the remote it is stored', async () => {
    const blobs = new Map<string, string>();
    const remote = new InProcessRemote(worker({ blobs }), blobs);
    const unmeasured = { status: 'sandbox_error' as const, passed: false, score: 0, message: 'not measured: no worker', levels: [], wallMs: 0 };
    remote.sample = async () => ({ result: unmeasured, keep: false });
    const store = new MemoryCache();
    const problems = await loadProblems(suite, ['list-sum']);
    const outcome = await evaluateRun(problems, [entrant], new CachedMeasure(store, env, { executor: answering(), meter: new SourceMeter(), cfg }, remote), () => {});
    expect(outcome.entrants[0]!.problems[0]!.samples.map((s) => s.message)).toEqual(['not measured: no worker', 'not measured: no worker']);
    expect(store.samples.size).toBe(0);
    expect(store.references.size).toBe(1);
    expect(remote.storedKeys).toEqual([...store.references.keys()]);
  });
});

describe('JobMeasurer refuses, naming itself, a job it would measure differently', () => {
  async function oneJob() {
    const { remote } = await queueRun();
    const sample = remote.sent.find((j) => j.kind === 'sample')!;
    const reference = remote.sent.find((j) => j.kind === 'reference')!;
    const measurer = (over: Partial<WorkerSetup> = {}) => worker({ blobs: remote.blobs, ...over });
    return { sample, reference, measurer };
  }
  const refused = async (m: JobMeasurer, job: unknown) => {
    const err = await m.measure(job).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(JobRefused);
    return err as JobRefused;
  };

  it('when its environment differs', async () => {
    const { sample, measurer } = await oneJob();
    const other = { ...env, python: { path: '/opt/python3.12', version: '3.12.1' } };
    const err = await refused(measurer({ env: other }), sample);
    expect(err.message).toBe(`worker "w1" (box-a, pid 42) measures under another environment: python 3.12.1 (/opt/python3.12), the run's 3.11.2 (/usr/bin/python3.11)`);
    expect(err.elsewhere).toBe(true);
  });

  it('when its copy of the problem or reference differs, or the problem is missing', async () => {
    const { sample, reference, measurer } = await oneJob();
    const m = measurer();
    expect((await refused(m, { ...sample, problem: { ...sample.problem, version: 9 } })).message).toMatch(/^worker "w1" .* has version \d+ of list-sum, the run version 9$/);
    expect((await refused(m, { ...sample, problem: { ...sample.problem, digest: 'f'.repeat(64) } })).message).toMatch(/its inputs of list-sum differ from the run's .*another generator$/);
    expect((await refused(m, { ...reference, sourceHash: 'x' })).message).toMatch(/its python reference solution of list-sum differs from the run's$/);
    expect((await refused(m, { ...sample, problem: { ...sample.problem, id: 'no-such-problem' } })).message).toMatch(/cannot load no-such-problem from its suite/);
  });

  it('when its settings give another store key, or the reference was never published', async () => {
    const { sample, measurer } = await oneJob();
    const m = measurer();
    expect((await refused(m, { ...sample, cfg: { ...sample.cfg, alpha: 3 } })).message).toMatch(/computes another store key for this sample of list-sum/);
    expect((await refused(measurer({ fetchReference: async () => null }), sample)).message).toMatch(/found no published reference [0-9a-f]{12} in Redis$/);
  });

  it('for good when the job is malformed', async () => {
    const { sample, measurer } = await oneJob();
    const err = await refused(measurer(), { ...sample, key: 'short' });
    expect(err.message).toMatch(/^worker "w1" .*: malformed job: key: a sha256 store key$/);
    expect(err.elsewhere).toBe(false);
  });
});
