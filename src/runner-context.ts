// Shared set-up of everything that runs code (the API and the CLI's verbs): isolation,
// interpreter, meter, executor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MeasureEnvironment, meterKey } from './evaluate/cache.ts';
import { PerfMeter } from './measure/perf.ts';
import { chooseMeter, type MeterChoice, type MeterRequest } from './measure/select.ts';
import { PACKAGE_ROOT } from './problem/load.ts';
import type { Isolation } from './sandbox/command.ts';
import { detectIsolation } from './sandbox/detect.ts';
import { nodeInterpreter, pythonInterpreter, type Interpreter } from './sandbox/interpreter.ts';
import { ProcessExecutor } from './sandbox/process-executor.ts';
import { harnessStage } from './sandbox/stage.ts';

export interface RunnerContext {
  isolation: Isolation;
  interpreter: Interpreter;
  meter: MeterChoice;
  executor: ProcessExecutor;
  harnessVersion: string;
}

export async function runnerContext(meter: MeterRequest, log: (line: string) => void): Promise<RunnerContext> {
  const isolation = await detectIsolation();
  for (const note of isolation.notes) log(`warning: ${note}`);
  const interpreter = await pythonInterpreter();
  const executor = new ProcessExecutor(isolation, interpreter);
  // The perf probe runs in the sandbox, so the executor comes first.
  const choice = await chooseMeter(meter, executor);
  log(`meter: ${choice.reason}; python ${interpreter.version} (${interpreter.path})`);
  return {
    isolation,
    interpreter,
    meter: choice,
    executor,
    harnessVersion: harnessStage().harnessVersion,
  };
}

/** What measured: the machine-side part of every store key. */
export function measureEnvironment(ctx: RunnerContext): MeasureEnvironment {
  const node = nodeInterpreter();
  return {
    meter: meterKey(ctx.meter.meter),
    valgrind: ctx.meter.valgrind,
    python: { path: ctx.interpreter.path, version: ctx.interpreter.version },
    node: { path: node.path, version: node.version },
    harnessVersion: ctx.harnessVersion,
    brisk: briskVersion(),
  };
}

/** Which counter stands behind the meter: perf and callgrind share the name `instructions`. */
export function meterCounter(choice: MeterChoice): 'callgrind' | 'cycles' | 'perf' | 'time' {
  if (choice.meter.name === 'time' || choice.meter.name === 'cycles') return choice.meter.name;
  return choice.meter instanceof PerfMeter ? 'perf' : 'callgrind';
}

export function briskVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
