// docs/cli.md documents every command and every option of the program: a new option without
// its line there fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { briskProgram } from '../../src/cli/program.ts';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const doc = readFileSync(path.join(PACKAGE_ROOT, 'docs/cli.md'), 'utf8');

/** Every command that does something (`brisk problems check`), with its options' flags. */
function leaves(cmd: Command, prefix = 'brisk'): { name: string; flags: string[] }[] {
  return (cmd.commands as Command[]).flatMap((sub) => {
    const name = `${prefix} ${sub.name()}`;
    if (sub.commands.length > 0) return leaves(sub, name);
    return [{ name, flags: sub.options.filter((o) => o.long !== '--help').map((o) => o.flags) }];
  });
}

/** The text of a command's section: from its `## \`brisk ...\`` heading to the next heading. */
function section(name: string): string | undefined {
  const at = doc.search(new RegExp(`^## \`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\` \\[<]`, 'm'));
  if (at < 0) return undefined;
  const next = doc.indexOf('\n## ', at + 1);
  return doc.slice(at, next < 0 ? undefined : next);
}

describe('docs/cli.md', () => {
  const commands = leaves(briskProgram());

  it('has a section for every command', () => {
    expect(commands.map((c) => c.name)).toContain('brisk problems check');
    for (const c of commands) expect(section(c.name), c.name).toBeDefined();
  });

  it('lists every option of every command in its section, flags as commander has them', () => {
    const missing = commands.flatMap((c) => c.flags.filter((f) => !section(c.name)!.includes(`\`${f}\``)).map((f) => `${c.name} ${f}`));
    expect(missing).toEqual([]);
  });
});
