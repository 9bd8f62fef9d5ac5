// The time meter's figures for references evaluated against themselves (ideal: every eff 1):
// eff@1, per-problem mean |eff - 1|, problems below 0.9, per-problem drift between two runs,
// timeouts, wall time. Reads two Brisk results.json files and, when given, two ENAMEL
// `<save_name>~effs.json` files of the same work. Used by scripts/time-meter-figures.sh.
//   node --import tsx scripts/time-figures.mts --brisk A/results.json B/results.json \
//     [--brisk-wall 61,58] [--enamel X~effs.json Y~effs.json --enamel-wall 60,59] [--json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mean } from 'simple-statistics';

const parsed = parseArgs({
  options: {
    brisk: { type: 'string', multiple: true, default: [] },
    'brisk-wall': { type: 'string' },
    enamel: { type: 'string', multiple: true, default: [] },
    'enamel-wall': { type: 'string' },
    label: { type: 'string', default: 'Brisk' },
    json: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const { values } = parsed;

/** Per-problem eff of the one sample, and the problems where a level timed out. */
interface RunEffs {
  effs: Map<string, number>;
  timeouts: string[];
}

interface BriskResults {
  entrants: { name: string; problems: { id: string; 'eff@1': number; samples: { status: string; levels: { censored: boolean }[] }[] }[] }[];
}

/** Per problem and entrant (several entrants: one per language, say). */
function briskRun(file: string): RunEffs {
  const r = JSON.parse(readFileSync(file, 'utf8')) as BriskResults;
  const effs = new Map<string, number>();
  const timeouts: string[] = [];
  for (const e of r.entrants) {
    for (const p of e.problems) {
      const key = r.entrants.length > 1 ? `${p.id} (${e.name})` : p.id;
      effs.set(key, p['eff@1']);
      if (p.samples.some((s) => s.status === 'timeout' || s.levels.some((l) => l.censored))) timeouts.push(key);
    }
  }
  return { effs, timeouts };
}

/** ENAMEL's effs file: {row: [[e_level0, e_level1, ...] per sample]}, hardness 0, 3, 3, 4. */
function enamelRun(file: string): RunEffs {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[][]>;
  const hardness = [0, 3, 3, 4];
  const effs = new Map<string, number>();
  const timeouts: string[] = [];
  for (const [row, samples] of Object.entries(raw)) {
    const e = samples[0]!;
    effs.set(`humaneval-${row}`, e.reduce((s, x, l) => s + x * hardness[l]!, 0) / hardness.reduce((a, b) => a + b, 0));
    if (e.slice(1).some((x) => x === 0)) timeouts.push(`humaneval-${row}`);
  }
  return { effs, timeouts };
}

function figures(runs: RunEffs[], walls: number[] | undefined) {
  const per = runs.map((r) => {
    const xs = [...r.effs.values()];
    return { eff: mean(xs), meanAbsDev: mean(xs.map((x) => Math.abs(x - 1))), below09: xs.filter((x) => x < 0.9).length, timeouts: r.timeouts.length, problems: xs.length };
  });
  const common = runs.length === 2 ? [...runs[0]!.effs.keys()].filter((id) => runs[1]!.effs.has(id)) : [];
  const drifts = common.map((id) => Math.abs(runs[0]!.effs.get(id)! - runs[1]!.effs.get(id)!));
  return {
    runs: per,
    drift: drifts.length > 0 ? mean(drifts) : undefined,
    movedOver01: drifts.filter((d) => d > 0.1).length,
    wallSeconds: walls,
    worst: runs.map((r) => [...r.effs].sort((a, b) => Math.abs(b[1] - 1) - Math.abs(a[1] - 1)).slice(0, 5)),
  };
}

const walls = (s: string | undefined) => s?.split(',').map(Number);
// `--brisk A B` and `--brisk A --brisk B` both: a path after the flag's first is a positional.
const files = (flag: string[], rest: string[]) => [...flag, ...rest].flatMap((f) => f.split(','));
const out: Record<string, ReturnType<typeof figures>> = {};
const { positionals } = parsed;
const enamelFiles = files(
  values.enamel,
  positionals.filter((p) => p.endsWith('effs.json')),
);
const briskFiles = files(
  values.brisk,
  positionals.filter((p) => !p.endsWith('effs.json')),
);
if (enamelFiles.length > 0) out.ENAMEL = figures(enamelFiles.map(enamelRun), walls(values['enamel-wall']));
if (briskFiles.length > 0) out[values.label] = figures(briskFiles.map(briskRun), walls(values['brisk-wall']));
if (Object.keys(out).length === 0) {
  console.error('time-figures: give --brisk A/results.json B/results.json (and optionally --enamel X~effs.json Y~effs.json)');
  process.exit(2);
}
if (values.json) {
  console.log(JSON.stringify(out, null, 2));
} else {
  const f = (x: number | undefined, d = 3) => (x === undefined ? '-' : x.toFixed(d));
  const rows: [string, (v: ReturnType<typeof figures>) => string][] = [
    ['problems', (v) => v.runs.map((r) => r.problems).join(' / ')],
    ['eff@1 against themselves (ideal 1)', (v) => v.runs.map((r) => f(r.eff)).join(' / ')],
    ['per-problem mean |eff - 1|', (v) => v.runs.map((r) => f(r.meanAbsDev)).join(' / ')],
    ['problems below 0.9', (v) => v.runs.map((r) => r.below09).join(' / ')],
    ['per-problem drift between the two runs (mean abs)', (v) => `${f(v.drift)} (${v.movedOver01} moved > 0.1)`],
    ['problems with a timed-out level', (v) => v.runs.map((r) => r.timeouts).join(' / ')],
    ['wall time, s', (v) => v.wallSeconds?.map((w) => w.toFixed(0)).join(' / ') ?? '-'],
  ];
  const names = Object.keys(out);
  console.log(`| figure | ${names.join(' | ')} |\n|---|${names.map(() => '---|').join('')}`);
  for (const [label, get] of rows) console.log(`| ${label} | ${names.map((n) => get(out[n]!)).join(' | ')} |`);
  for (const n of names) console.log(`\n${n}, largest |eff - 1| per run: ${out[n]!.worst.map((w) => w.map(([id, e]) => `${id} ${e.toFixed(3)}`).join(', ')).join(' || ')}`);
}
