// makeFolder: the report folder made one level at a time, so a filesystem that refuses it fails
// at once instead of sending Node's recursive mkdir into an endless loop.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { makeFolder } from '../../src/report/write.ts';

describe('makeFolder', () => {
  it('makes every missing level, and leaves an existing folder alone', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'brisk-folder-'));
    const dir = path.join(root, 'a', 'b', 'c');
    makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    makeFolder(dir);
    makeFolder(root);
    expect(existsSync(path.join(root, 'a', 'b'))).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self'))('fails with ENOENT under /proc, where a recursive mkdir never returns', () => {
    // In a child with a deadline: the old code's loop would hang this test's own process.
    const code = `import { makeFolder } from ${JSON.stringify(path.join(PACKAGE_ROOT, 'src/report/write.ts'))}; try { makeFolder('/proc/brisk-no-such/out'); console.log('made'); } catch (e) { console.log(e.code); }`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 15_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe('ENOENT');
  });
});
