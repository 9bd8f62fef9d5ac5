import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const LEVELS = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
const EXTRA_KEYS = ['user', 'path', 'bytes', 'region', 'trace'];
const VALUE = 'abcdefghijklmnopqrstuvwxyz0123456789_-/.';

export default defineProblem({
  id: 'log-service-stats',
  title: 'Per-service statistics from log lines',
  category: 'implementation',
  tags: ['parsing', 'strings', 'logs', 'memory'],
  kind: 'stdio',
  statement: `
Standard input is a server log, one event per line. Every line starts with a timestamp
(\`YYYY-MM-DDTHH:MM:SSZ\`), one space and a level (\`INFO\`, \`WARN\`, \`ERROR\` or \`DEBUG\`),
followed by one or more fields \`key=value\`, each preceded by a single space.

A **request line** is one whose first three fields are \`svc=<name>\`, \`status=<code>\` and
\`ms=<latency>\`, in that order; it may have more fields after them. Other lines are other
events and are ignored.

For every service that has at least one request line, print one line
\`<name> <requests> <errors> <max latency>\`: the number of its request lines, how many of them
have a status of 500 or more, and the largest latency among them. Print the services in
ascending (byte-wise) order of name. Print nothing when there are no request lines.

- At most 10^5 lines; every line, including the last, ends with \`\\n\`.
- Keys are lowercase letters and \`_\`; values are non-empty and consist of lowercase letters,
  digits and \`_-/.\` (never a space or \`=\`). A service name is lowercase letters, digits and
  \`-\`; a status is an integer from 100 to 599; a latency an integer from 0 to 10^6, both
  without leading zeros.

Example: the input

\`\`\`
2024-03-05T12:00:00Z INFO svc=auth status=200 ms=12
2024-03-05T12:00:01Z ERROR svc=auth status=503 ms=40 user=u7
2024-03-05T12:00:01Z DEBUG event=gc pause_ms=3
\`\`\`

prints \`auth 2 1 40\`.
`,
  cases: [
    { stdin: '', expected: '', note: 'empty log' },
    { stdin: '2024-03-05T12:00:01Z DEBUG event=gc pause_ms=3\n', expected: '', note: 'no request lines' },
    {
      stdin:
        '2024-03-05T12:00:00Z INFO svc=auth status=200 ms=12\n2024-03-05T12:00:01Z ERROR svc=auth status=503 ms=40 user=u7\n2024-03-05T12:00:01Z DEBUG event=gc pause_ms=3\n',
      expected: 'auth 2 1 40\n',
      note: 'the example',
    },
    {
      stdin: '2024-01-01T00:00:00Z INFO svc=b status=499 ms=0\n2024-01-01T00:00:00Z INFO svc=a status=500 ms=1000000\n',
      expected: 'a 1 1 1000000\nb 1 0 0\n',
      note: 'services sorted; 499 is no error, 500 is; latency extremes',
    },
    {
      stdin:
        '2024-01-01T00:00:00Z WARN svc=x status=599 ms=5\n2024-01-01T00:00:00Z WARN svc=x status=599 ms=5\n2024-01-01T00:00:00Z WARN svc=x status=100 ms=7\n',
      expected: 'x 3 2 7\n',
      note: 'duplicate lines',
    },
    {
      stdin:
        '2024-01-01T00:00:00Z INFO status=200 svc=a ms=3\n2024-01-01T00:00:00Z INFO user=svc status=200 ms=3\n2024-01-01T00:00:00Z INFO event=x svc=a status=200 ms=3\n2024-01-01T00:00:00Z INFO svc=a-2 status=201 ms=9 svc=zz\n',
      expected: 'a-2 1 0 9\n',
      note: 'fields in another order, after another field, or a value named svc do not count; later fields are ignored',
    },
    {
      stdin: '2024-01-01T00:00:00Z INFO svc=b2 status=200 ms=30\n2024-01-01T00:00:00Z INFO svc=b10 status=200 ms=4\n',
      expected: 'b10 1 0 4\nb2 1 0 30\n',
      note: 'byte-wise order, not numeric',
    },
  ],
  levels: enamelLevels([30, 300, 1000, 3000]),
  generate(rng, size) {
    // `size` lines: 90% requests over about 30 services, the rest other events.
    const services = Array.from({ length: rng.int(20, 40) }, () => rng.string(rng.int(2, 8)) + (rng.bool(0.3) ? '-' + rng.int(1, 99) : ''));
    const two = (n: number) => String(n).padStart(2, '0');
    const lines: string[] = [];
    for (let i = 0; i < size; i++) {
      const stamp = `2024-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}T${two(rng.int(0, 23))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}Z`;
      let line = `${stamp} ${rng.pick(LEVELS)}`;
      if (rng.bool(0.9)) {
        const status = rng.bool(0.1) ? rng.int(500, 599) : rng.pick([200, 200, 200, 201, 204, 301, 304, 400, 404, 429]);
        const ms = rng.bool(0.02) ? rng.int(0, 1000000) : rng.int(0, 2000);
        line += ` svc=${rng.pick(services)} status=${status} ms=${ms}`;
      } else {
        line += ` event=${rng.pick(['gc', 'reload', 'cache_miss', 'rotate'])} pause_ms=${rng.int(0, 99)}`;
      }
      for (let k = rng.int(0, 3); k > 0; k--) line += ` ${rng.pick(EXTRA_KEYS)}=${rng.string(rng.int(1, 16), VALUE)}`;
      lines.push(line);
    }
    return lines.map((l) => l + '\n').join('');
  },
});
