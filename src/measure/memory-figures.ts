// Memory figures of one candidate (or reference) over its scored tests. Filled by the memory
// pass of the evaluation; consumed by the EffiBench-style metrics (MU/NMU, TMU/NTMU).
export interface MemoryFigures {
  /** Peak of the code's own allocations, max over scored tests (Python: every allocator domain; JS: V8 heap used). */
  peakBytes: number;
  /** Peak resident set size during a call (VmHWM after clear_refs), max over scored tests. */
  rssPeakBytes?: number;
  /** Memory-time integral summed over scored tests, in `integralUnit`. */
  integral?: number;
  integralUnit?: 'byte*instructions' | 'byte*cycles' | 'byte*ns';
}
