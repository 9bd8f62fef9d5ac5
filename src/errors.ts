// Errors every stage may raise, and the command line a hint tells the user to type.

/**
 * The command line itself is wrong (an option value, an unknown problem id, a file named on the
 * command line that is not there): `brisk` exits 2 for these, 1 for every other failure.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * A `brisk` command as a user can type it: `npx brisk ...` works in a clone (where `brisk` is not
 * on PATH) and wherever the package is installed.
 */
export function briskCommand(args: readonly string[]): string {
  return ['npx brisk', ...args.map(shellQuote)].join(' ');
}
