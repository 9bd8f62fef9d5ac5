// Hardware instruction counts through perf_event_open: the same plan as the callgrind meter
// (survivors only, one fixed payload per problem), at native speed. Needs a PMU; see probe.ts.
import { InstructionMeter } from './meter.ts';

export class PerfMeter extends InstructionMeter {
  protected override readonly mode = 'perf' as const;
}

/**
 * What a perf_event_open failure means, from the harness's "perf_event_open: ENOENT (...)".
 * ENOENT: the kernel knows no hardware instruction event (no PMU, as in most VMs).
 */
export function explainPerfError(message: string): string {
  const name = /perf_event_open: (E[A-Z0-9]+)/.exec(message)?.[1];
  switch (name) {
    case 'ENOENT':
    case 'ENODEV':
      return `no PMU (perf_event_open: ${name})`;
    case 'EACCES':
    case 'EPERM':
      return `not permitted (perf_event_open: ${name}; see /proc/sys/kernel/perf_event_paranoid, or a seccomp filter)`;
    case 'ENOSYS':
      return 'perf_event_open is not available in this kernel or is blocked by seccomp (ENOSYS)';
    case 'EOPNOTSUPP':
      return 'the PMU cannot count user-space instructions only (perf_event_open: EOPNOTSUPP)';
    case undefined:
      return `perf probe failed: ${message}`;
    default:
      return `perf_event_open failed: ${name}`;
  }
}
