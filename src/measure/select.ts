// I/O shell: which meters work here, and what `--meter auto` picks.
import { execa } from 'execa';
import { InstructionMeter, TimeMeter, type Meter, type MeterName } from './meter.ts';

export interface MeterChoice {
  meter: Meter;
  /** One line for the user: what was picked and why. */
  reason: string;
  valgrind?: string;
}

export async function valgrindVersion(): Promise<string | undefined> {
  const r = await execa('valgrind', ['--version'], { reject: false });
  return r.exitCode === 0 ? r.stdout.trim() : undefined;
}

export async function chooseMeter(requested: MeterName | 'auto'): Promise<MeterChoice> {
  const valgrind = await valgrindVersion();
  if (requested === 'time') return { meter: new TimeMeter(), reason: 'time (as requested)', valgrind };
  if (valgrind) {
    const why = requested === 'auto' ? `auto: ${valgrind} works, counts are deterministic` : 'as requested';
    return { meter: new InstructionMeter(), reason: `instructions via callgrind (${why})`, valgrind };
  }
  if (requested === 'instructions') {
    throw new Error('--meter instructions needs valgrind (apt-get install valgrind); use --meter time instead');
  }
  return { meter: new TimeMeter(), reason: 'time (auto: valgrind not found, so no instruction counts)' };
}
