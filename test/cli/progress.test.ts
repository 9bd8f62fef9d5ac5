import { describe, expect, it } from 'vitest';
import { etaSeconds, formatDuration, plainLine, progressReporter, emptyTally, tallyEvent } from '../../src/cli/progress.ts';

describe('progress counters', () => {
  it('counts passed, failed, timed out and stored results', () => {
    let t = emptyTally('sample', 10);
    t = tallyEvent(t, { kind: 'sample', done: 1, total: 10, label: 'a', status: 'passed', cached: true }, 0);
    t = tallyEvent(t, { kind: 'sample', done: 2, total: 10, label: 'b', status: 'wrong_answer' }, 1000);
    t = tallyEvent(t, { kind: 'sample', done: 3, total: 10, label: 'c', status: 'timeout' }, 2000);
    t = tallyEvent(t, { kind: 'sample', done: 4, total: 10, label: 'd', status: 'passed' }, 3000);
    expect(t).toMatchObject({ done: 4, passed: 2, failed: 1, timedOut: 1, stored: 1 });
    // 3 measured results in 3000 ms -> 1 s each; 6 left -> 6 s (the stored one does not count).
    expect(etaSeconds(t)).toBe(6);
    expect(plainLine(t)).toBe('[samples 4/10 40%] passed 2, failed 1, timed out 1, from store 1; ETA 6s');
  });

  it('has no ETA before anything was measured, and formats long ones', () => {
    const t = tallyEvent(emptyTally('sample', 5), { kind: 'sample', done: 1, total: 5, label: 'a', status: 'passed', cached: true }, 10);
    expect(etaSeconds(t)).toBeUndefined();
    expect(formatDuration(undefined)).toBe('?');
    expect(formatDuration(3725)).toBe('1h02m'); // 3725 s = 1 h 2 m 5 s
    expect(formatDuration(125)).toBe('2m05s');
  });
});

describe('plain progress lines (not a TTY)', () => {
  it('writes a line per phase start, at most once per interval, and at each phase end', () => {
    let clock = 0;
    const lines: string[] = [];
    const r = progressReporter({ tty: false, intervalMs: 10_000, now: () => clock, write: (l) => lines.push(l) });
    r.progress({ kind: 'reference', done: 1, total: 1, label: 'p (python)' });
    // Tier runs are a phase of their own: a censored naive tier is no timed-out sample.
    r.progress({ kind: 'tier', done: 1, total: 2, label: 'naive p (python)', status: 'timeout' });
    r.progress({ kind: 'tier', done: 2, total: 2, label: 'expert p (python)', status: 'passed' });
    for (let i = 1; i <= 6; i++) {
      clock += 4000;
      r.progress({ kind: 'sample', done: i, total: 6, label: `s${i}`, status: i === 2 ? 'error' : 'passed' });
    }
    r.stop();
    // The sample phase starts at its first event; events 4 s apart are 0, 4, 8, 12, 16, 20 s in.
    // A line at 12 s (12 - 0 >= 10; 4 measured in 12 s, 2 left -> ETA 6 s), none at 16 s
    // (4 s after), and the phase end at 20 s.
    expect(lines).toEqual([
      'references: 1 to evaluate',
      '[references 1/1 100%] ok 1, failed 0, from store 0; ETA 0s',
      'tiers: 2 to evaluate',
      '[tiers 2/2 100%] ok 1, censored 1, failed 0, from store 0; ETA 0s',
      'samples: 6 to evaluate',
      '[samples 4/6 66%] passed 3, failed 1, timed out 0, from store 0; ETA 6s',
      '[samples 6/6 100%] passed 5, failed 1, timed out 0, from store 0; ETA 0s',
    ]);
  });
});

describe('progress bar (TTY)', () => {
  it('draws a bar with ETA and counters on its stream (stderr unless told)', () => {
    let text = '';
    const stream = {
      isTTY: true,
      columns: 200,
      write: (s: string) => {
        text += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    const r = progressReporter({ stream, now: () => 0 });
    r.progress({ kind: 'sample', done: 1, total: 2, label: 'a', status: 'passed', cached: true });
    r.progress({ kind: 'sample', done: 2, total: 2, label: 'b', status: 'timeout' });
    r.stop();
    // The last drawing of the line carries the final counters.
    // Cursor moves are ESC [ n G.
    const last = text
      .split(new RegExp(`\r|${String.fromCharCode(27)}\\[\\d*G`))
      .filter((l) => l.includes('samples'))
      .at(-1)!;
    expect(last).toMatch(/^samples \S+ 2\/2 \| passed 1, failed 0, timed out 1 \| from store 1 \| ETA 0s/);
  });
});
