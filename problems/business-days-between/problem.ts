import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const pad = (v: number, w: number) => String(v).padStart(w, '0');
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export default defineProblem({
  id: 'business-days-between',
  title: 'Business days in date ranges',
  category: 'implementation',
  tags: ['dates', 'calendar', 'parsing'],
  kind: 'function',
  statement: `
For each query \`i\`, count the business days (Monday to Friday) \`d\` with
\`starts[i] <= d <= ends[i]\`, both ends included. Return the counts in query order; a query
whose end is before its start counts 0.

- Dates are strings \`YYYY-MM-DD\` in the proleptic Gregorian calendar, from \`0001-01-01\`
  (a Monday) to \`9999-12-31\`; leap years are divisible by 4, except centuries not divisible
  by 400. There are no holidays.
- \`0 <= len(starts) = len(ends) <= 10^5\`.
`,
  signature: {
    params: [
      { name: 'starts', type: 'list[str]' },
      { name: 'ends', type: 'list[str]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'business_days', javascript: 'businessDays' },
  cases: [
    { args: [[], []], expected: [], note: 'no queries' },
    { args: [['2026-12-03'], ['2026-12-03']], expected: [1], note: 'one Thursday' },
    { args: [['2026-12-05'], ['2026-12-06']], expected: [0], note: 'a weekend only' },
    { args: [['2026-12-07'], ['2026-12-04']], expected: [0], note: 'end before start' },
    { args: [['2026-11-30', '2026-12-01'], ['2026-12-06', '2026-12-31']], expected: [5, 23], note: 'a full week; a month' },
    { args: [['0001-01-01'], ['0001-01-07']], expected: [5], note: 'the first week' },
    { args: [['2000-01-01', '2024-02-26'], ['2000-12-31', '2024-03-04']], expected: [260, 6], note: 'a leap year; across a leap day' },
    { args: [['0001-01-01'], ['9999-12-31']], expected: [2608615], note: 'the whole range' },
  ],
  levels: enamelLevels([20, 500, 1000, 2000]),
  generate(rng, size, level) {
    // Random starts; ends mostly within a few years after, some before the start, some far.
    const n = level.index === 0 ? rng.int(0, size) : size;
    const date = (y: number) => {
      const m = rng.int(1, 12);
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const d = rng.int(1, m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    };
    const starts: string[] = [];
    const ends: string[] = [];
    for (let i = 0; i < n; i++) {
      const y = rng.int(1, 9999);
      starts.push(date(y));
      const r = rng.float();
      ends.push(date(r < 0.1 ? rng.int(1, 9999) : r < 0.3 ? y : Math.min(9999, y + rng.int(0, 5))));
    }
    return [starts, ends];
  },
});
