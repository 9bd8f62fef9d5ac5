// Reads one runner's callgrind dumps, written by valgrind inside the sandbox: nothing in them is
// trusted beyond what this parser checks.
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const DUMP_CAP = 64 * 2 ** 20;

/**
 * The instruction count of one runner: the sum over its dumps (`cg.<pid>` and `cg.<pid>.<n>`),
 * opened without following links or blocking on FIFOs, regular files only, size-capped; read
 * dumps are removed. A message instead when the dumps are missing or not what valgrind writes.
 */
export function readRunnerCount(dir: string, pid: number): number | string {
  const mine = readdirSync(dir).filter((n) => n === `cg.${pid}` || new RegExp(`^cg\\.${pid}\\.\\d+$`).test(n));
  let total = 0;
  let labelled = 0;
  for (const name of mine) {
    const file = path.join(dir, name);
    let text: string;
    try {
      const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        const st = fstatSync(fd);
        if (!st.isFile() || st.size > DUMP_CAP) return `the callgrind dump ${name} is not a regular file of at most ${DUMP_CAP} bytes`;
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
      unlinkSync(file);
    } catch (e) {
      return `the callgrind dump ${name} could not be read (${(e as NodeJS.ErrnoException).code ?? e})`;
    }
    const m = /^(?:totals|summary): (\d+)/m.exec(text);
    if (!m || !/^cmd: /m.test(text)) return `the callgrind dump ${name} is malformed`;
    total += Number(m[1]);
    if (/^desc: Trigger: Client Request: brisk-call\s*$/m.test(text)) labelled++;
  }
  if (mine.length === 0) return 'no callgrind dump for this call';
  if (labelled > 1) return 'more than one counted region in one call';
  return total;
}
