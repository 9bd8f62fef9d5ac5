// A worker's handling of one job: check that it would measure exactly what the coordinator
// asked for (same environment, same copy of the problem and reference, so the same store
// key), then measure through evaluate/ as a local run does. Redis stays outside: references
// come through `fetchReference`, so tests drive this with a map and a mock executor.
import { readFileSync } from 'node:fs';
import { fromStored, referenceKey, sampleKey, sha256, toStored, type MeasureEnvironment, type StoredReference } from '../evaluate/cache.ts';
import { evaluateSample } from '../evaluate/candidate.ts';
import { measureReference, ReferenceFailure, referenceLanguage } from '../evaluate/reference.ts';
import type { Meter } from '../measure/meter.ts';
import { buildTests, inputsDigest, type TestCase } from '../problem/inputs.ts';
import { loadProblem, type Problem } from '../problem/load.ts';
import type { Executor } from '../sandbox/executor.ts';
import { describeWorker, environmentDifferences } from './environment.ts';
import { JobSchema, payloadError, StoredReferenceSchema, workerConfig, type Counter, type Job, type Outcome, type WorkerInfo } from './payload.ts';

/** The worker cannot measure this job as asked; the queue gives it to another worker unless none could. */
export class JobRefused extends Error {
  constructor(
    message: string,
    /** False when no worker could: a malformed job parses nowhere. */
    readonly elsewhere = true,
  ) {
    super(message);
  }
}

export interface WorkerSetup {
  /** Folder with problems/ and reference-solutions/. */
  suite: string;
  env: MeasureEnvironment;
  counter: Counter;
  info: WorkerInfo;
  executor: Executor;
  /** A fresh meter per job: the instruction meter remembers every job it counted. */
  newMeter: () => Meter;
  fetchReference: (key: string) => Promise<string | null>;
}

/** Problems' inputs and references kept in memory: a worker scores many samples against few. */
const KEPT = 32;

/** Map lookup that makes what is missing and forgets the oldest entry past `KEPT`. */
function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
    if (map.size > KEPT) map.delete(map.keys().next().value!);
  }
  return v;
}

export class JobMeasurer {
  private readonly problems = new Map<string, Promise<Problem>>();
  private readonly tests = new Map<string, { tests: TestCase[]; digest: string }>();
  private readonly references = new Map<string, Promise<StoredReference>>();

  constructor(private readonly setup: WorkerSetup) {}

  async measure(data: unknown): Promise<Outcome> {
    const who = describeWorker(this.setup.info);
    const parsed = JobSchema.safeParse(data);
    if (!parsed.success) throw new JobRefused(`${who}: ${payloadError('malformed job', parsed.error)}`, false);
    const job = parsed.data;
    const diffs = environmentDifferences(job.env, job.counter, this.setup.env, this.setup.counter);
    if (diffs.length > 0) throw new JobRefused(`${who} measures under another environment: ${diffs.join('; ')}`);
    const problem = await this.problem(job, who);
    const cfg = workerConfig(job.cfg);
    const { tests, digest } = this.testsOf(problem, cfg.suiteSeed);
    if (digest !== job.problem.digest)
      throw new JobRefused(`${who}: its inputs of ${job.problem.id} differ from the run's (digest ${digest.slice(0, 12)}, the run's ${job.problem.digest.slice(0, 12)}): another generator`);
    const meter = this.setup.newMeter();
    const { executor, env, info: worker } = this.setup;
    if (job.kind === 'reference') {
      const file = problem.references[job.language]?.at(-1)?.file;
      if (!file) throw new JobRefused(`${who} has no ${job.language} reference solution for ${job.problem.id}`);
      const source = readFileSync(file, 'utf8');
      if (sha256(source) !== job.sourceHash) throw new JobRefused(`${who}: its ${job.language} reference solution of ${job.problem.id} differs from the run's`);
      const expectedFrom = job.parentKey ? fromStored(problem, 'python', tests, await this.reference(job.parentKey, who)) : undefined;
      this.sameKey(job, referenceKey(env, cfg, problem, job.language, source, digest, job.parentKey), who);
      try {
        const ref = await measureReference({ executor, meter, cfg }, problem, job.language, expectedFrom);
        return { kind: 'reference', key: job.key, worker, reference: toStored(ref) };
      } catch (err) {
        if (err instanceof ReferenceFailure) return { kind: 'reference_error', key: job.key, worker, message: err.message };
        throw err;
      }
    }
    const ref = fromStored(problem, referenceLanguage(job.language), tests, await this.reference(job.refKey, who));
    this.sameKey(job, sampleKey(env, cfg, job.refKey, job.source, job.language), who);
    const result = await evaluateSample({ executor, meter, cfg }, ref, job.source, job.language);
    return { kind: 'sample', key: job.key, worker, result };
  }

  /** The last guard: this worker's store key for the job must be the coordinator's. */
  private sameKey(job: Job, key: string, who: string): void {
    if (key !== job.key) throw new JobRefused(`${who} computes another store key for this ${job.kind} of ${job.problem.id}: its settings or files differ from the run's`);
  }

  private problem(job: Job, who: string): Promise<Problem> {
    const id = job.problem.id;
    let p = this.problems.get(id);
    if (!p) {
      p = loadProblem(this.setup.suite, id).catch((err: unknown) => {
        this.problems.delete(id);
        throw new JobRefused(`${who} cannot load ${id} from its suite ${this.setup.suite}: ${(err as Error).message}`);
      });
      this.problems.set(id, p);
    }
    return p.then((problem) => {
      if (problem.spec.version !== job.problem.version) throw new JobRefused(`${who} has version ${problem.spec.version} of ${id}, the run version ${job.problem.version}`);
      return problem;
    });
  }

  private testsOf(problem: Problem, seed: number) {
    return remember(this.tests, `${problem.spec.id}\0${seed}`, () => {
      const tests = buildTests(problem.spec, seed);
      return { tests, digest: inputsDigest(tests) };
    });
  }

  private reference(key: string, who: string): Promise<StoredReference> {
    return remember(this.references, key, () => {
      const r = this.setup.fetchReference(key).then((text) => {
        if (text === null) throw new JobRefused(`${who} found no published reference ${key.slice(0, 12)} in Redis`);
        const parsed = StoredReferenceSchema.safeParse(JSON.parse(text));
        if (!parsed.success) throw new JobRefused(`${who}: ${payloadError(`published reference ${key.slice(0, 12)}`, parsed.error)}`);
        return parsed.data as StoredReference;
      });
      r.catch(() => this.references.delete(key));
      return r;
    });
  }
}
