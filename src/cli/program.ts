// The `brisk` command tree, one module per verb; main.ts runs it, the CLI reference test reads it.
import { Command } from '@commander-js/extra-typings';
import { compareCommand } from './compare.ts';
import { briskVersion } from '../runner-context.ts';
import { importCommand } from './import.ts';
import { metersCommand } from './meters.ts';
import { problemsCommand } from './problems.ts';
import { profileCommand } from './profile.ts';
import { reportCommand } from './report.ts';
import { runCommand } from './run.ts';
import { workerCommand } from './worker.ts';

export function briskProgram(): Command {
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
  throwInsteadOfExit(program);
  return program;
}

/** Commander calls process.exit on its own errors unless every command is told to throw. */
function throwInsteadOfExit(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) throwInsteadOfExit(sub as Command);
}
