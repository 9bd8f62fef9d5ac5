// Exit statuses and the rough edges of the command line, as a user meets them: 2 for a wrong
// command line only, 1 for failures, 0 for success; closed pipes, Ctrl-C, unwritable --out,
// samples files that give nothing, and `compare` on a run folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { mockResults, model, slow } from '../support/tier-run.ts';

const BIN = path.join(PACKAGE_ROOT, 'bin/brisk.js');
const brisk = (args: string[], opts: { cwd?: string } = {}) => execa('node', [BIN, ...args], { reject: false, cwd: opts.cwd ?? PACKAGE_ROOT });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'brisk-exit-'));

describe('exit statuses', () => {
  it('0 for success, help and --version', async () => {
    expect((await brisk(['--version'])).exitCode).toBe(0);
    expect((await brisk(['run', '--help'])).exitCode).toBe(0);
    expect((await brisk(['problems', 'list'])).exitCode).toBe(0);
    // Three cold starts (tsx compiles every problem for `problems list`): minutes on a loaded machine.
  }, 300_000);

  it('2 for a wrong command line: unknown option or command, bad value, missing argument, unknown id or file', async () => {
    const cases: [string[], RegExp][] = [
      [['run', '--bogus'], /unknown option '--bogus'/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['run', '--k', '0'], /--k takes whole numbers >= 1/],
      [['run', '--meter', 'cycle'], /--meter takes auto, instructions, cycles, perf or time, got "cycle"/],
      [['compare'], /missing required argument 'results'/],
      [['profile', 'x.py'], /required option '--problem <id>' not specified/],
      [
        ['profile', path.join(PACKAGE_ROOT, 'reference-solutions/pair-sum-count/python/expert.py'), '--problem', 'pair-sum'],
        /^brisk: --problem: unknown problem id\(s\): pair-sum; did you mean pair-sum-count\?$/m,
      ],
      [['run', '--problems', 'no-such-problem'], /^brisk: --problems: unknown problem id\(s\): no-such-problem$/m],
      [['run', '--samples', path.join(tmp, 'missing.jsonl')], /missing\.jsonl: cannot read: ENOENT/],
      [['compare', path.join(tmp, 'nowhere'), 'a', 'b'], /nowhere: no such file or folder/],
      [['problems', 'check', '--language', 'cobol'], /--language takes python and\/or javascript/],
      // Ids split at commas as well as spaces: only the unknown one is named.
      [['problems', 'check', 'pair-sum-count,nope', 'edit-distance'], /^brisk: problems check: unknown problem id\(s\): nope$/m],
    ];
    const runs = await Promise.all(cases.map(([args]) => brisk(args)));
    cases.forEach(([args, message], i) => {
      expect(runs[i]!.exitCode, args.join(' ')).toBe(2);
      expect(runs[i]!.stderr, args.join(' ')).toMatch(message);
    });
  }, 300_000);

  it('1 for a failure of the work: a results.json that is not one', async () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    const r = await brisk(['compare', bad, 'a', 'b']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/not a Brisk results\.json/);
  });
});

describe('brisk profile of an incorrect solution', () => {
  it('stops after the correctness check with exit 1, and suggests --entry when the entry is missing', async () => {
    const file = path.join(tmp, 'wrong.py');
    writeFileSync(file, 'def solve(nums, target):\n    return 0\n\ndef helper(x):\n    return x\n');
    const r = await brisk(['profile', file, '--problem', 'pair-sum-count', '--meter', 'time', '--out', path.join(tmp, 'profile')]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^correctness: error on case-1\n {2}LookupError: no function named 'count_pairs'$/m);
    expect(r.stdout).not.toMatch(/size sweep/);
    expect(r.stderr).not.toMatch(/size sweep over/);
    expect(r.stderr).toMatch(/^brisk: .*wrong\.py is not a correct solution of pair-sum-count \(error\), so it has no costs to profile; it defines solve, helper: try --entry solve$/m);
  }, 180_000);
});

describe('compare and report read a run folder or its results.json; a closed pipe is no crash', () => {
  let folder: string;
  beforeAll(async () => {
    folder = path.join(tmp, 'run-mock');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'results.json'), JSON.stringify(await mockResults([model, slow])));
  });

  it('compare takes the run folder', async () => {
    const r = await brisk(['compare', folder, 'model', 'slow']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^model vs slow/);
  });

  it('`| head` closes stdout early: exit 0, no EPIPE stack trace', async () => {
    for (const args of [
      ['compare', folder, 'model', 'slow'],
      ['problems', 'list'],
    ]) {
      const r = await execa('sh', ['-c', `node ${BIN} ${args.join(' ')} | head -1`], { reject: false, cwd: PACKAGE_ROOT });
      expect(r.exitCode).toBe(0);
      expect(r.stdout.split('\n')).toHaveLength(1);
      expect(r.stderr).toBe('');
    }
  });
});

describe('brisk run before it measures', () => {
  it('an --out it cannot write stops the run at once, naming the folder', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await brisk(['run', '--problems', 'pair-sum-count', '--meter', 'time', '--no-store', '--out', path.join(file, 'report')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe(`brisk: --out ${path.join(file, 'report')}: ${file} is not a folder; choose another --out`);
    expect(r.stderr).not.toMatch(/references:/);
  });

  it('a samples file that gives no sample: --strict exits 1 before running, else a loud warning', async () => {
    const empty = path.join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    const rejected = path.join(tmp, 'rejected.jsonl');
    writeFileSync(rejected, [JSON.stringify({ task_id: 'Mercury/pair-sum-count', solution: 'x = 1' }), 'not json'].join('\n'));
    const strict = await brisk(['run', '--samples', empty, rejected, '--problems', 'pair-sum-count', '--meter', 'time', '--strict', '--no-store', '--out', path.join(tmp, 'strict')]);
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toMatch(new RegExp(`^error: ${empty}: no usable sample \\(it holds none\\); entrant "empty" scores 0 on every problem$`, 'm'));
    expect(strict.stderr).toMatch(new RegExp(`^error: ${rejected}:1: unknown task_id "Mercury/pair-sum-count": a task of another suite \\(Mercury\\)`, 'm'));
    expect(strict.stderr).toMatch(new RegExp(`^error: ${rejected}: no usable sample \\(all 2 rejected \\(listed above\\)\\)`, 'm'));
    expect(strict.stderr).toMatch(/^brisk: --strict: 4 problem\(s\) in the samples \(listed above\); nothing was run$/m);
    const loose = await brisk([
      'run',
      '--samples',
      empty,
      '--problems',
      'pair-sum-count',
      '--meter',
      'time',
      '--repetitions',
      '1',
      '--no-tier-metrics',
      '--no-memory',
      '--no-store',
      '--out',
      path.join(tmp, 'loose'),
    ]);
    expect(loose.exitCode, loose.stderr).toBe(0);
    expect(loose.stderr).toMatch(new RegExp(`^WARNING: ${empty}: no usable sample`, 'm'));
    // Repeated at the end, and kept in the report's warnings.
    expect(loose.stderr).toMatch(new RegExp(`^warning: ${empty}: no usable sample`, 'm'));
  }, 120_000);
});

describe('Ctrl-C during a run', () => {
  it('exits 130 and prints the command that resumes it', async () => {
    const store = path.join(tmp, 'store.sqlite');
    const child = execa('node', [BIN, 'run', '--problems', 'pair-sum-count', '--meter', 'time', '--store', store, '--out', path.join(tmp, 'interrupted')], { reject: false, cwd: PACKAGE_ROOT });
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/references: \d+ to evaluate/.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    const r = await child;
    expect(r.exitCode).toBe(130);
    expect(r.stderr).toMatch(
      new RegExp(
        `^interrupted: finished measurements are kept in ${store}; run the same command again to resume:\\n  npx brisk run --problems pair-sum-count --meter time --store ${store} --out `,
        'm',
      ),
    );
  }, 120_000);
});
