// The package as a user installs it: `npm pack`, installed into a scratch project, imported
// from plain Node (no TypeScript loader), its bin run, its harness files present.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'brisk-pack-'));
const installed = path.join(scratch, 'node_modules', 'brisk');
const node = (args: string[]) => execa('node', args, { cwd: scratch, reject: false });

describe('npm pack, installed into a scratch project', () => {
  beforeAll(async () => {
    // prepack builds dist/ (tsc with declarations).
    const pack = await execa('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: PACKAGE_ROOT });
    const filename = (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename;
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    // Dependencies come from npm's cache when they are there; no install scripts (better-sqlite3's
    // native build is not needed to import the API).
    await execa('npm', ['install', path.join(scratch, filename), '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: scratch });
  }, 600_000);

  it('imports the API in plain Node from JavaScript, with declaration files', async () => {
    const r = await node([
      '--input-type=module',
      '-e',
      "import { effAtK, passAtK, ResultsSchema } from 'brisk'; console.log(effAtK([0.1, 0.5, 0.9, 0.3, 0.0], 2).toFixed(2), passAtK(10, 3, 1).toFixed(1), typeof ResultsSchema.parse)",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0.58 0.3 function');
    const pkg = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { exports: { '.': { default: string; types: string } } };
    expect(pkg.exports['.'].default).toMatch(/\.js$/);
    expect(readFileSync(path.join(installed, pkg.exports['.'].types), 'utf8')).toMatch(/effAtK/);
    expect(readFileSync(path.join(installed, 'dist/score/estimators.d.ts'), 'utf8')).toMatch(/export declare function effAtK\(scores: (readonly )?number\[\], k: number\): number;/);
  });

  it('ships the sandbox harness, the problems and their references', () => {
    for (const f of [
      'src/harness/python/supervisor.py',
      'src/harness/js/supervisor.cjs',
      'src/harness/c/runner_core.h',
      'src/harness/c/brisk_count_tool.c',
      'src/harness/c/brisk_cache_model.h',
      'src/harness/c/brisk_tool_guard.h',
      'src/harness/c/brisk_tool_cache.h',
      'src/harness/python/warm_corpus.py',
      'src/import/enamel/generate.py',
      'problems/pair-sum-count/problem.ts',
      'reference-solutions/pair-sum-count/python/expert.py',
      'schema/results.schema.json',
    ]) {
      expect(existsSync(path.join(installed, f)), f).toBe(true);
    }
  });

  it('loads a problem.ts from the built JavaScript (tsx registered on demand)', async () => {
    const load = path.join(installed, 'dist/problem/load.js');
    const r = await node([
      '--input-type=module',
      '-e',
      `const { loadProblem, PACKAGE_ROOT } = await import(${JSON.stringify(load)}); const p = await loadProblem(PACKAGE_ROOT, 'pair-sum-count'); console.log(p.spec.id, p.references.python.length, PACKAGE_ROOT)`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`pair-sum-count 3 ${installed}`);
  });

  it('runs the brisk bin', async () => {
    const version = await node([path.join(installed, 'bin/brisk.js'), '--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
    const show = await node([path.join(installed, 'bin/brisk.js'), 'problems', 'show', 'pair-sum-count', '--json']);
    expect(show.exitCode, show.stderr).toBe(0);
    expect(JSON.parse(show.stdout).references.python).toEqual(['naive', 'standard', 'expert']);
  });
});
