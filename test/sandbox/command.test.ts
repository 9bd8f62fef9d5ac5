import { describe, expect, it } from 'vitest';
import { sandboxArgv, UidPool, type SandboxSpec } from '../../src/sandbox/command.ts';

const spec = (over: Partial<SandboxSpec> = {}): SandboxSpec => ({
  isolation: { bubblewrap: true, dropToNobody: true, notes: [] },
  limits: { addressSpaceBytes: 1024, cpuSeconds: 9, fileSizeBytes: 2048, processes: 16 },
  readOnly: ['/stage'],
  writable: ['/scratch'],
  env: { B: '2', A: '1' },
  argv: ['python3', 'h.py'],
  uid: 61001,
  ...over,
});

describe('sandbox command line', () => {
  it('layers setpriv, prlimit and bubblewrap, with sorted env and the binds', () => {
    const argv = sandboxArgv(spec());
    expect(argv.slice(0, 5)).toEqual(['setpriv', '--reuid=61001', '--regid=61001', '--clear-groups', '--inh-caps=-all']);
    expect(argv).toContain('--nproc=16');
    expect(argv).toContain('--as=1024');
    expect(argv.join(' ')).toContain('--ro-bind /stage /stage --bind /scratch /scratch --unshare-all --die-with-parent');
    expect(argv.join(' ')).toContain('--clearenv --setenv A 1 --setenv B 2 -- python3 h.py');
  });

  it('falls back to prlimit and env -i without bubblewrap, and keeps the uid without root', () => {
    const argv = sandboxArgv(spec({ isolation: { bubblewrap: false, dropToNobody: false, notes: [] } }));
    expect(argv[0]).toBe('prlimit');
    expect(argv).not.toContain('bwrap');
    expect(argv.join(' ')).toContain('env -i A=1 B=2 python3 h.py');
  });
});

describe('uid pool', () => {
  it('gives concurrent sandboxes distinct uids and reuses released ones', () => {
    const pool = new UidPool(100, 3);
    const a = pool.acquire();
    const b = pool.acquire();
    const c = pool.acquire();
    expect(new Set([a, b, c]).size).toBe(3);
    expect(() => pool.acquire()).toThrow(/no free sandbox uid/);
    pool.release(b);
    expect(pool.acquire()).toBe(b);
  });
});
