// What every measurement needs, passed as one value: the sandbox to run in, the meter, the
// settings. (Measurers, measurer.ts, carry one and take work in one direction.)
import type { Meter } from '../measure/meter.ts';
import type { Executor } from '../sandbox/executor.ts';
import type { EvalConfig } from './config.ts';

export interface Measuring {
  executor: Executor;
  meter: Meter;
  cfg: EvalConfig;
}
