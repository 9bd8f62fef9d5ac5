// `brisk meters` as a user runs it: every meter probed in the sandbox, with its reason.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { renderMeters } from '../../src/cli/meters.ts';
import type { MeterStatus } from '../../src/measure/probe.ts';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const hostPmu = readdirSync('/sys/bus/event_source/devices').some((d) => /^(cpu|cpu_core|cpu_atom|armv\d.*pmu.*)$/.test(d));

describe('brisk meters', () => {
  it('--json: perf absent here (no PMU), valgrind used, time and memory work', async () => {
    const r = await execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), 'meters', '--json'], { reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { meters: MeterStatus[]; auto: string; isolation: string };
    const by = new Map(out.meters.map((m) => [m.meter, m]));
    expect([...by.keys()]).toEqual(['perf', 'valgrind', 'time', 'memory']);
    if (!hostPmu) {
      expect(by.get('perf')).toEqual({ meter: 'perf', works: false, reason: 'no PMU (perf_event_open: ENOENT)' });
      expect(out.auto).toBe(`instructions via valgrind (auto: perf: no PMU (perf_event_open: ENOENT); ${by.get('valgrind')!.reason.split(' ')[0]} works, counts are deterministic)`);
    }
    expect(by.get('valgrind')).toMatchObject({ works: true, reason: expect.stringMatching(/^valgrind-3\.\d+\.\d+ works: \d+ instructions/) });
    expect(by.get('time')).toMatchObject({ works: true, reason: expect.stringMatching(/^works: CV \d+\.\d% over 7 timed batches/) });
    expect(by.get('memory')).toEqual({
      meter: 'memory',
      works: true,
      reason: 'python: allocation peak, RSS peak (VmHWM after clear_refs); javascript: V8 heap peak (GC profiler), RSS peak (VmHWM after clear_refs)',
    });
    expect(out.isolation).toMatch(/bubblewrap|prlimit-only/);
  }, 240_000);

  it('renders one line per meter and the auto choice', () => {
    const text = renderMeters(
      [
        { meter: 'perf', works: false, reason: 'no PMU (perf_event_open: ENOENT)' },
        { meter: 'time', works: true, reason: 'works' },
      ],
      'instructions via valgrind',
    );
    expect(text.split('\n')).toEqual(['perf  no   no PMU (perf_event_open: ENOENT)', 'time  yes  works', '', '--meter auto picks: instructions via valgrind']);
  });
});
