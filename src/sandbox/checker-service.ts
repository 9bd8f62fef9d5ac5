// I/O shell: a problem's Python checker (ENAMEL's __check(input, answer, output)) runs in a
// sandboxed process of its own that never runs candidate code, so the expected answer stays
// out of the candidate's reach and the verdict is not the candidate's to write. One process
// per executor, started on first use, requests one at a time, each with a deadline.
import { createInterface } from 'node:readline';
import { execa, type ResultPromise } from 'execa';
import type { Wire } from '../problem/codec.ts';
import { sandboxArgv, type Isolation } from './command.ts';
import type { Interpreter } from './interpreter.ts';
import { harnessStage } from './stage.ts';

const DEADLINE_MS = 30_000;

export interface CheckRequest {
  checker: string;
  args: Wire[];
  expected: Wire;
  output: Wire;
}

export class CheckerService {
  private child: ResultPromise | undefined;
  private pending: ((line: string | undefined) => void) | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly isolation: Isolation,
    private readonly python: Interpreter,
    private readonly uid: number,
  ) {}

  /** null when the checker accepts the output, else why not. */
  check(req: CheckRequest): Promise<string | null> {
    const next = this.chain.then(() => this.ask(req));
    this.chain = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  private async ask(req: CheckRequest): Promise<string | null> {
    const child = this.start();
    const answer = new Promise<string | undefined>((resolve) => {
      const t = setTimeout(() => resolve(undefined), DEADLINE_MS);
      this.pending = (line) => {
        clearTimeout(t);
        resolve(line);
      };
    });
    child.stdin!.write(JSON.stringify(req) + '\n');
    const line = await answer;
    this.pending = undefined;
    if (line === undefined) {
      this.close();
      return `the problem's checker did not answer within ${DEADLINE_MS / 1000} s`;
    }
    try {
      const verdict = (JSON.parse(line) as { verdict: unknown }).verdict;
      return typeof verdict === 'string' ? verdict : null;
    } catch {
      this.close();
      return "the problem's checker answered something unreadable";
    }
  }

  private start(): ResultPromise {
    if (this.child) return this.child;
    const stage = harnessStage();
    const argv = sandboxArgv({
      isolation: this.isolation,
      uid: this.uid,
      limits: { cpuSeconds: 24 * 3600, fileSizeBytes: 0, processes: 16, addressSpaceBytes: 4 * 2 ** 30, tmpBytes: 2 ** 20 },
      readOnly: [stage.dir],
      writable: [],
      env: { PYTHONHASHSEED: '0', PYTHONPATH: stage.dir, PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' },
      argv: [this.python.path, '-P', '-s', '-S', '-B', stage.pythonChecker],
    });
    const child = execa(argv[0]!, argv.slice(1), { stdio: ['pipe', 'pipe', 'ignore'], buffer: false, reject: false, cleanup: true });
    child.stdin!.on('error', () => undefined);
    createInterface({ input: child.stdout! }).on('line', (line) => this.pending?.(line));
    void child.then(() => {
      if (this.child === child) this.child = undefined;
      this.pending?.(undefined);
    });
    child.unref();
    for (const s of [child.stdin, child.stdout]) (s as unknown as { unref?: () => void } | null)?.unref?.();
    this.child = child;
    return child;
  }
}
