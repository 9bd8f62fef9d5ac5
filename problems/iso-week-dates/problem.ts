import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'iso-week-dates',
  title: 'ISO week dates',
  category: 'implementation',
  tags: ['dates', 'calendar', 'parsing', 'stdio'],
  kind: 'stdio',
  statement: `
Convert calendar dates to ISO 8601 week dates.

**Input** (standard input): a line with \`n\`, then \`n\` lines each holding one date \`YYYY-MM-DD\`
(four-digit year, two-digit month and day) in the proleptic Gregorian calendar; every line,
the last included, ends with a newline, and
\`0001-01-01 <= date <= 9999-12-31\`.

**Output** (standard output): for each date, in input order, one line \`YYYY-Www-D\`: the ISO
week-numbering year (four digits), the letter \`W\` and the week number (two digits, \`01\`-\`53\`),
and the day of the week \`D\` (\`1\` = Monday ... \`7\` = Sunday).

ISO weeks start on Monday; week 1 of a year is the week that contains its first Thursday. So
the first days of January can belong to the last week of the previous year, and the last days
of December to week 1 of the next. 0001-01-01 was a Monday.

**Bounds:** \`0 <= n <= 2 * 10^5\`; every date is valid (leap years: divisible by 4, except
centuries not divisible by 400).
`,
  cases: [
    { stdin: '0\n', expected: '', note: 'no dates' },
    { stdin: '1\n0001-01-01\n', expected: '0001-W01-1\n', note: 'the first date: a Monday' },
    { stdin: '1\n9999-12-31\n', expected: '9999-W52-5\n', note: 'the last date' },
    { stdin: '2\n2008-12-29\n2010-01-03\n', expected: '2009-W01-1\n2009-W53-7\n', note: 'December in next year week 1; January in week 53' },
    { stdin: '1\n2005-01-01\n', expected: '2004-W53-6\n', note: 'a Saturday in the previous year' },
    {
      stdin: '4\n2020-12-31\n2021-01-01\n2016-01-03\n2016-01-04\n',
      expected: '2020-W53-4\n2020-W53-5\n2015-W53-7\n2016-W01-1\n',
      note: 'year boundaries on both sides',
    },
    { stdin: '2\n2000-02-29\n1900-03-01\n', expected: '2000-W09-2\n1900-W09-4\n', note: 'leap day of a 400-year; 1900 is not leap' },
    { stdin: '3\n2026-12-03\n2026-12-03\n2026-12-03\n', expected: '2026-W49-4\n2026-W49-4\n2026-W49-4\n', note: 'repeated date' },
  ],
  levels: enamelLevels([20, 600, 1200, 2000]),
  generate(rng, size, level) {
    // Uniform dates over the whole range, a third of them within a week of New Year, where the
    // ISO year and the calendar year part.
    const n = level.index === 0 ? rng.int(0, size) : size;
    const lines = [String(n)];
    const pad = (v: number, w: number) => String(v).padStart(w, '0');
    for (let i = 0; i < n; i++) {
      const y = rng.int(1, 9999);
      let m: number;
      let d: number;
      if (rng.bool(1 / 3)) {
        [m, d] = rng.bool(0.5) ? [1, rng.int(1, 7)] : [12, rng.int(25, 31)];
      } else {
        m = rng.int(1, 12);
        const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
        d = rng.int(1, [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
      }
      lines.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    }
    return lines.join('\n') + '\n';
  },
});
