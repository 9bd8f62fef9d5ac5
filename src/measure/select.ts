// I/O shell: which meters work here, and what `--meter auto` picks: perf when the hardware
// counter works in the sandbox, then callgrind, then time.
import type { Executor } from '../sandbox/executor.ts';
import { CyclesMeter, InstructionMeter, TimeMeter, type Meter, type MeterName } from './meter.ts';
import { PerfMeter } from './perf.ts';
import { probePerf, valgrindVersion } from './probe.ts';

export { valgrindVersion };

/** The cycles meter's cache model (src/harness/c/brisk_cache_model.h), recorded with every run. */
export const CACHE_GEOMETRY = 'I1 and D1 32 KiB 8-way, LL 8 MiB 16-way, 64-byte lines, LRU; L1 hit 1, LL hit 5, RAM 35 cycles';

/** What the user may ask for: `instructions` is valgrind (Brisk's counting tool), `perf` the hardware counter. */
export type MeterRequest = MeterName | 'perf' | 'auto';

export interface MeterChoice {
  meter: Meter;
  /** One line for the user: what was picked and why. */
  reason: string;
  valgrind?: string;
}

/** Without an executor the perf probe cannot run, so perf is never picked. */
export async function chooseMeter(requested: MeterRequest, executor?: Executor): Promise<MeterChoice> {
  const valgrind = await valgrindVersion();
  if (requested === 'time') return { meter: new TimeMeter(), reason: 'time (as requested)', valgrind };
  if (requested === 'cycles') {
    if (!valgrind) throw new Error('--meter cycles needs valgrind (apt-get install valgrind); use --meter instructions with perf, or --meter time');
    return { meter: new CyclesMeter(), reason: `estimated cycles via valgrind and Brisk's fixed cache model, ${CACHE_GEOMETRY} (as requested)`, valgrind };
  }
  let perfWhy = 'perf: not probed';
  if ((requested === 'perf' || requested === 'auto') && executor) {
    const perf = await probePerf(executor);
    if (perf.works) {
      const why = requested === 'auto' ? 'auto: the hardware counter works in the sandbox' : 'as requested';
      return { meter: new PerfMeter(), reason: `instructions via perf_event_open (${why})`, valgrind };
    }
    perfWhy = `perf: ${perf.reason}`;
  }
  if (requested === 'perf') throw new Error(`--meter perf: ${perfWhy.replace(/^perf: /, '')}; use --meter instructions (valgrind) or --meter time`);
  if (valgrind) {
    const why = requested === 'auto' ? `auto: ${perfWhy}; ${valgrind} works, counts are deterministic` : 'as requested';
    return { meter: new InstructionMeter(), reason: `instructions via valgrind (${why})`, valgrind };
  }
  if (requested === 'instructions') {
    throw new Error('--meter instructions needs valgrind (apt-get install valgrind); use --meter time instead');
  }
  return { meter: new TimeMeter(), reason: `time (auto: ${perfWhy}; valgrind not found, so no instruction counts)` };
}
