// Exit statuses of `brisk`: 0 success, 1 a failure (of the work, or of what it was given to
// work on), 2 a usage error (the command line itself is wrong). docs/exit-codes.md lists them.
import { CommanderError } from '@commander-js/extra-typings';
import { UsageError } from '../errors.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** Commander's own errors (unknown option, bad value, missing argument) are usage errors; help and --version are not errors. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (err instanceof UsageError) return EXIT.usage;
  return EXIT.failure;
}

/** Whether commander already printed the error (then `brisk` prints nothing more). */
export function alreadyReported(err: unknown): boolean {
  return err instanceof CommanderError;
}

/**
 * `brisk report | head`: a closed pipe ends the output, not the program with a stack trace.
 * Anything else on stdout is a real failure.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
}
