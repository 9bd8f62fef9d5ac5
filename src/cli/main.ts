// Entry point of the `brisk` command.
import { alreadyReported, exitCodeFor, quietOnClosedPipe } from './exit.ts';
import { briskProgram } from './program.ts';

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
try {
  await briskProgram().parseAsync(process.argv);
} catch (err) {
  // Bad input gets one line that names the place; a stack trace only with BRISK_DEBUG.
  if (!alreadyReported(err)) process.stderr.write(`brisk: ${process.env.BRISK_DEBUG ? (err as Error).stack : (err as Error).message}\n`);
  process.exitCode = exitCodeFor(err);
}
