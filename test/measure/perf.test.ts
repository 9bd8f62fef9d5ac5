// The perf meter: its probe runs in the sandbox and explains itself; counting needs a PMU, so
// those tests skip (with the probe's reason in their name) on machines without one, like this VM.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainPerfError } from '../../src/measure/perf.ts';
import { probePerf } from '../../src/measure/probe.ts';
import { chooseMeter } from '../../src/measure/select.ts';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import { nodeAddon, pythonExtension } from '../../src/sandbox/stage.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';
import { realExecutor } from '../support/real.ts';

const executor = await realExecutor();
const perf = await probePerf(executor);
const pmu = perf.works;
// The kernel lists a CPU PMU here when there is one (x86: cpu, hybrid: cpu_core, ARM: armv8_pmuv3*).
const hostPmu = readdirSync('/sys/bus/event_source/devices').some((d) => /^(cpu|cpu_core|cpu_atom|armv\d.*pmu.*)$/.test(d));
console.log(`perf probe: ${perf.works ? 'works' : 'unavailable'}: ${perf.reason}`);

const LOOP_PY = 'def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n';
const LOOP_JS = 'function f(n) {\n  let s = 0;\n  for (let i = 0; i < n; i++) s += i;\n  return s;\n}\n';
const perfJob = (language: 'python' | 'javascript'): HarnessJob => ({
  language,
  returns: { kind: 'int' },
  kind: 'function',
  entry: 'f',
  source: language === 'python' ? LOOP_PY : LOOP_JS,
  mode: 'perf',
  tests: [{ args: [10] }, { args: [100_000] }, { args: [1_000_000] }],
  countFirst: 3,
});
const control = { callLimitMs: () => 60_000, memoryBytes: 2 ** 30 };

describe('perf probe', () => {
  it('explains perf_event_open errors', () => {
    expect(explainPerfError('perf_event_open: ENOENT (No such file or directory)')).toBe('no PMU (perf_event_open: ENOENT)');
    expect(explainPerfError('perf_event_open: EACCES (Permission denied)')).toMatch(/^not permitted \(perf_event_open: EACCES; see \/proc\/sys\/kernel\/perf_event_paranoid/);
    expect(explainPerfError('perf_event_open: ENOSYS (Function not implemented)')).toMatch(/blocked by seccomp \(ENOSYS\)/);
    expect(explainPerfError('harness fault: boom')).toBe('perf probe failed: harness fault: boom');
  });

  it("builds the supervisors' native parts (the perf counter lives there) for Python and node", async () => {
    await expect(pythonExtension(await pythonInterpreter())).resolves.toMatch(/_brisk\.so$/);
    await expect(nodeAddon()).resolves.toMatch(/brisk_node\.node$/);
  });

  it.skipIf(hostPmu)('reports "no PMU" on a machine whose kernel lists no CPU PMU (this VM)', async () => {
    expect(perf).toEqual({ meter: 'perf', works: false, reason: 'no PMU (perf_event_open: ENOENT)' });
    // The node addon reports the same errno through the JavaScript harness.
    const js = await executor.run(perfJob('javascript'), control);
    expect(js).toMatchObject({ status: 'sandbox_error', message: 'perf_event_open: ENOENT (No such file or directory)' });
  });

  it.skipIf(pmu)('--meter auto falls back to valgrind and says why; --meter perf fails with the reason', async () => {
    const auto = await chooseMeter('auto', executor);
    expect(auto.reason).toContain(`perf: ${perf.reason}`);
    expect(auto.meter.name).toBe(auto.valgrind ? 'instructions' : 'time');
    await expect(chooseMeter('perf', executor)).rejects.toThrow(`--meter perf: ${perf.reason}; use --meter instructions (valgrind) or --meter time`);
  });

  it.skipIf(!pmu)(`--meter auto picks perf (needs a PMU; probe: ${perf.reason})`, async () => {
    const auto = await chooseMeter('auto', executor);
    expect(auto.reason).toMatch(/^instructions via perf_event_open/);
  });

  it.skipIf(!pmu)(`counts a loop's instructions, about 10x for 10x the work (needs a PMU; probe: ${perf.reason})`, async () => {
    for (const language of ['python', 'javascript'] as const) {
      const out = await executor.run(perfJob(language), control);
      expect(out.status, out.message).toBe('completed');
      const [, small, big] = out.tests.map((t) => t.instructions!);
      expect(small).toBeGreaterThan(100_000); // at least one instruction per iteration
      expect(big! / small!).toBeGreaterThan(8);
      expect(big! / small!).toBeLessThan(12);
    }
  });
});
