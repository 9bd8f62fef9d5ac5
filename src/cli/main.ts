// Entry point of the `brisk` command: one module per verb.
import { Command } from '@commander-js/extra-typings';
import { problemsCommand } from './problems.ts';
import { runCommand } from './run.ts';
import { profileCommand } from './profile.ts';
import { compareCommand } from './compare.ts';
import { reportCommand } from './report.ts';
import { importCommand } from './import.ts';
import { briskVersion } from './context.ts';
import { metersCommand } from './meters.ts';
import { workerCommand } from './worker.ts';

const program = new Command('brisk')
  .description('Brisk: stable, sandboxed efficiency evaluation of code against reference solutions')
  .version(briskVersion())
  .showHelpAfterError()
  .addCommand(runCommand())
  .addCommand(problemsCommand())
  .addCommand(profileCommand())
  .addCommand(compareCommand())
  .addCommand(metersCommand())
  .addCommand(reportCommand())
  .addCommand(importCommand())
  .addCommand(workerCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Bad input gets one line that names the place; a stack trace only with BRISK_DEBUG.
  process.stderr.write(`brisk: ${process.env.BRISK_DEBUG ? (err as Error).stack : (err as Error).message}\n`);
  process.exitCode = 2;
}
