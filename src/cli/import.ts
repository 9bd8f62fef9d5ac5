// `brisk import enamel <checkout>`: converts an ENAMEL checkout into a Brisk suite folder.
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { defaultSuiteDir, importEnamel, summarizeImport } from '../import/enamel/import.ts';
import { detectIsolation } from '../sandbox/detect.ts';
import { pythonInterpreter } from '../sandbox/interpreter.ts';
import { intListFrom0, positiveInt } from './options.ts';
import { briskCommand } from '../errors.ts';

export function importCommand() {
  const cmd = new Command('import').description('convert another benchmark into a Brisk suite folder');
  cmd
    .command('enamel')
    .description('ENAMEL (dataset/enamel.csv): inputs generated once by its own generators in the sandbox, frozen as data')
    .argument('<checkout>', 'root of an ENAMEL checkout (holding dataset/enamel.csv and enam/)')
    .option('--out <dir>', `suite folder to write (default: ${defaultSuiteDir()})`)
    .option('--jobs <n>', 'rows generated in parallel', positiveInt('--jobs'), 2)
    .option('--rows <indices>', "only these dataset rows, e.g. 0,1,5, added to an earlier import in --out (default: all of ENAMEL's PROBLEMSET)", intListFrom0('--rows'))
    .option('--timeout <s>', 'seconds allowed per row (its generator and expert on every input)', positiveInt('--timeout'), 300)
    .action(async (checkout, opts) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const isolation = await detectIsolation();
      for (const note of isolation.notes) log(`warning: ${note}`);
      const out = path.resolve(opts.out ?? defaultSuiteDir());
      const report = await importEnamel({
        checkout,
        out,
        isolation,
        python: await pythonInterpreter(),
        jobs: opts.jobs,
        rows: opts.rows,
        timeoutMs: opts.timeout * 1000,
        log,
      });
      for (const line of summarizeImport(report)) process.stdout.write(`${line}\n`);
      process.stdout.write(`suite: ${out} (details in ${path.join(out, 'import-report.json')})\n`);
      if (report.imported.length === 0) throw new Error('no problem was imported (the reasons are above)');
      process.stdout.write(`next: ${briskCommand(['run', '--suite', out, '--scoring', 'enamel'])} --samples <file.json|file.jsonl>\n`);
    });
  return cmd;
}
