// Compares two results.json files on every number that a load-independent meter must repeat:
// statuses, scores, costs, metrics and intervals. Wall times, RSS peaks (the kernel's, which
// move with page-cache state), dates, run ids and the CPU milliseconds quoted in a native stop's
// message (a time, like wallMs) are left out. Exit 0 when identical.
// node --import tsx scripts/compare-results.mts a/results.json b/results.json
import { readFileSync } from 'node:fs';

const IGNORED = new Set(['wallMs', 'rssPeakBytes', 'createdAt', 'runId', 'durationMs', 'finishedAt', 'startedAt', 'environment', 'out']);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !IGNORED.has(k))
        .map(([k, x]) => [k, strip(x)]),
    );
  // The time a native stop took is a measurement of time; the stop itself (status) is compared.
  if (typeof v === 'string') return v.replace(/ after [\d.]+ ms of CPU/, '');
  return v;
}

function diff(a: unknown, b: unknown, where: string, out: string[]): void {
  if (out.length >= 20) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${where}: length ${a.length} vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${where}[${i}]`, out);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`, out);
  } else if (a !== b) out.push(`${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

const [fa, fb] = process.argv.slice(2);
if (!fa || !fb) {
  console.error('usage: node --import tsx scripts/compare-results.mts A/results.json B/results.json');
  process.exit(2);
}
const out: string[] = [];
diff(strip(JSON.parse(readFileSync(fa, 'utf8'))), strip(JSON.parse(readFileSync(fb, 'utf8'))), '$', out);
if (out.length === 0) {
  console.log('identical: every status, score, cost and metric (wall times, RSS peaks and the CPU time quoted in stop messages left out)');
} else {
  console.log(`${out.length >= 20 ? '20+' : out.length} difference(s):\n${out.join('\n')}`);
  process.exit(1);
}
