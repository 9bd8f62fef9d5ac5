// The job header's wire form: the same bytes as JSON.stringify, whose shape the job process's
// heap (and so every count) depends on, with each test's part made once per argument list.
import { describe, expect, it } from 'vitest';
import type { JobHeader } from '../../src/harness/protocol.ts';
import { headerJson } from '../../src/sandbox/supervisor.ts';

describe('headerJson', () => {
  const args = [[1, 2.5, 'x', { $int: '123456789012345678901' }, null], [[true, false]]];
  const header: JobHeader = {
    kind: 'function',
    entry: 'f',
    source: 'def f(a, b):\n    return "\\u0000"\n',
    mode: 'native',
    tests: [{ args: args[0]! }, { args: args[1]! }, { args: args[0]! }],
    memory_bytes: 1 << 30,
    pair_source: 'x = "é"',
  };

  it('is byte for byte JSON.stringify, undefined keys left out as there', () => {
    expect(headerJson(header)).toBe(JSON.stringify(header));
    const stdio: JobHeader = { kind: 'stdio', entry: undefined, source: 'print(1)', mode: 'count', tests: [{ stdin: '1 2\n' }, { stdin: '' }] };
    expect(headerJson(stdio)).toBe(JSON.stringify(stdio));
    expect(headerJson({ ...header, tests: [] })).toBe(JSON.stringify({ ...header, tests: [] }));
  });

  it('reuses a test part by its argument list, and a new list gets its own', () => {
    expect(headerJson(header)).toBe(JSON.stringify(header));
    const other: JobHeader = { ...header, tests: [{ args: [[9]] }, { args: args[1]! }] };
    expect(headerJson(other)).toBe(JSON.stringify(other));
  });
});
