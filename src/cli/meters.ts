// `brisk meters`: which meters work on this machine and why the others do not, each probed in
// the same sandbox candidates run in.
import { Command } from '@commander-js/extra-typings';
import { probeMeters, type MeterStatus } from '../measure/probe.ts';
import { chooseMeter } from '../measure/select.ts';
import { isolationLabel } from '../sandbox/command.ts';
import { detectIsolation } from '../sandbox/detect.ts';
import { pythonInterpreter } from '../sandbox/interpreter.ts';
import { ProcessExecutor } from '../sandbox/process-executor.ts';

export function renderMeters(statuses: MeterStatus[], auto: string): string {
  const width = Math.max(...statuses.map((s) => s.meter.length));
  const rows = statuses.map((s) => `${s.meter.padEnd(width)}  ${s.works ? 'yes' : 'no '}  ${s.reason}`);
  return [...rows, '', `--meter auto picks: ${auto}`].join('\n');
}

export function metersCommand() {
  return new Command('meters')
    .description('tell which meters work on this machine (perf, valgrind, time, memory) and why the others do not')
    .option('--json', 'print the findings as JSON')
    .action(async (opts) => {
      const isolation = await detectIsolation();
      const interpreter = await pythonInterpreter();
      const executor = new ProcessExecutor(isolation, interpreter);
      const meters = await probeMeters(executor);
      const auto = (await chooseMeter('auto', executor)).reason;
      if (opts.json) {
        const sandbox = { isolation: isolationLabel(isolation), python: `${interpreter.version} (${interpreter.path})` };
        process.stdout.write(`${JSON.stringify({ meters, auto, ...sandbox }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${renderMeters(meters, auto)}\n`);
      process.stdout.write(`probed in the sandbox: ${isolationLabel(isolation)}; python ${interpreter.version}\n`);
    });
}
