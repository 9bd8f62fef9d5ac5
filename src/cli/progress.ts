// Progress of `brisk run` on stderr: a cli-progress bar with ETA and counters on a terminal,
// plain periodic lines otherwise (logs, CI). stdout stays clean for the leaderboard or --json.
import cliProgress from 'cli-progress';
import type { Progress } from '../evaluate/run.ts';

type ProgressEvent = Parameters<Progress>[0];

export interface Tally {
  kind: ProgressEvent['kind'];
  done: number;
  total: number;
  passed: number;
  failed: number;
  timedOut: number;
  /** Results taken from the store instead of measured. */
  stored: number;
  /** Milliseconds since the phase began. */
  elapsedMs: number;
}

export function emptyTally(kind: ProgressEvent['kind'], total: number): Tally {
  return { kind, done: 0, total, passed: 0, failed: 0, timedOut: 0, stored: 0, elapsedMs: 0 };
}

/** Pure: the tally after one event. */
export function tallyEvent(t: Tally, ev: ProgressEvent, elapsedMs: number): Tally {
  const status = ev.status ?? 'passed';
  return {
    kind: ev.kind,
    done: ev.done,
    total: ev.total,
    passed: t.passed + (status === 'passed' ? 1 : 0),
    timedOut: t.timedOut + (status === 'timeout' ? 1 : 0),
    failed: t.failed + (status !== 'passed' && status !== 'timeout' ? 1 : 0),
    stored: t.stored + (ev.cached ? 1 : 0),
    elapsedMs,
  };
}

/** Seconds left, from the pace of the measured (not stored) results; undefined before any. */
export function etaSeconds(t: Tally): number | undefined {
  const measured = t.done - t.stored;
  if (measured <= 0) return t.done === t.total ? 0 : undefined;
  return Math.round(((t.elapsedMs / measured) * (t.total - t.done)) / 1000);
}

export function formatDuration(s: number | undefined): string {
  if (s === undefined) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

const PHASE: Record<ProgressEvent['kind'], string> = { reference: 'references', tier: 'tiers', sample: 'samples' };

/** The counters of a phase: a slow reference tier is censored, not failed (a naive tier usually is). */
function counts(t: Tally): string {
  if (t.kind === 'reference') return `ok ${t.passed}, failed ${t.failed + t.timedOut}`;
  if (t.kind === 'tier') return `ok ${t.passed}, censored ${t.timedOut}, failed ${t.failed}`;
  return `passed ${t.passed}, failed ${t.failed}, timed out ${t.timedOut}`;
}

/** One plain line, e.g. `[samples 30/120 25%] passed 20, failed 8, timed out 2, from store 0; ETA 4m10s`. */
export function plainLine(t: Tally): string {
  const pct = t.total === 0 ? 100 : Math.floor((100 * t.done) / t.total);
  return `[${PHASE[t.kind]} ${t.done}/${t.total} ${pct}%] ${counts(t)}, from store ${t.stored}; ETA ${formatDuration(etaSeconds(t))}`;
}

export interface ProgressReporter {
  progress: Progress;
  /** Ends the bar (call before printing anything else). */
  stop(): void;
}

/**
 * A bar on a TTY; else a line when a phase starts, at most every `intervalMs`, and when it ends.
 * `now` is injectable so tests need no clock.
 */
export function progressReporter(opts: {
  stream?: NodeJS.WriteStream;
  tty?: boolean;
  intervalMs?: number;
  now?: () => number;
  write?: (line: string) => void;
  /** More to say after the counts, e.g. a queue run's per-worker throughput. */
  extra?: () => string | undefined;
}): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  const tty = opts.tty ?? stream.isTTY === true;
  const now = opts.now ?? Date.now;
  const write = opts.write ?? ((line: string) => stream.write(`${line}\n`));
  const interval = opts.intervalMs ?? 15_000;
  let tally: Tally | undefined;
  let started = 0;
  let lastLine = 0;
  let bar: cliProgress.SingleBar | undefined;

  const withExtra = (line: string) => {
    const more = opts.extra?.();
    return more ? `${line} | ${more}` : line;
  };
  const payload = (t: Tally) => ({ what: PHASE[t.kind], counts: counts(t), stored: t.stored, remaining: formatDuration(etaSeconds(t)), extra: withExtra('') });
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };

  const progress: Progress = (ev) => {
    if (!tally || tally.kind !== ev.kind) {
      stop();
      tally = emptyTally(ev.kind, ev.total);
      started = now();
      lastLine = started;
      if (tty) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: '{what} {bar} {value}/{total} | {counts} | from store {stored} | ETA {remaining}{extra}',
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(ev.total, 0, payload(tally));
      } else write(`${PHASE[ev.kind]}: ${ev.total} to evaluate`);
    }
    tally = tallyEvent(tally, ev, now() - started);
    if (bar) {
      bar.update(ev.done, payload(tally));
      if (ev.done === ev.total) stop();
    } else if (ev.done === ev.total || now() - lastLine >= interval) {
      lastLine = now();
      write(withExtra(plainLine(tally)));
    }
  };
  return { progress, stop };
}
