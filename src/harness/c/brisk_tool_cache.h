/* The counting tool's instrumentation for the cycles meter's cache model (brisk_cache_model.h):
   part of the tool, included once after its state. */
#ifndef BRISK_TOOL_CACHE_H
#define BRISK_TOOL_CACHE_H

/* The cache model runs while this process counts, on the threads it counts. */
static Bool modelled(void) { return phase == COUNTING && (count_new_threads || VG_(get_running_tid)() == counted_tid); }
static VG_REGPARM(2) void model_data(Addr a, UWord size) {
  if (modelled()) cache_data(a, size);
}
static VG_REGPARM(1) void model_fetch(Addr line) {
  if (modelled()) cache_line(&i1, line);
}

/* One data access, for the cache model (reads and writes alike). */
static void model_access(IRSB *out, IRExpr *addr, Int size, IRExpr *when, Bool write) {
  IRDirty *d = unsafeIRDirty_0_N(2, "model_data", VG_(fnptr_to_fnentry)(model_data), mkIRExprVec_2(addr, mkIRExpr_HWord(size)));
  if (when != NULL) d->guard = when;
  addStmtToIRSB(out, IRStmt_Dirty(d));
}

/* An instruction's fetch, for the cache model: a call only where the block enters a line it was
   not already in (the rest of a line's instructions hit, exactly). */
static void model_fetches(IRSB *out, IRStmt *mark, Addr *line_now) {
  Addr first = (Addr)mark->Ist.IMark.addr >> LINE_BITS;
  Addr last = ((Addr)mark->Ist.IMark.addr + (mark->Ist.IMark.len > 0 ? mark->Ist.IMark.len - 1 : 0)) >> LINE_BITS;
  for (Addr line = first; line <= last; line++) {
    if (line == *line_now) continue;
    IRDirty *d = unsafeIRDirty_0_N(1, "model_fetch", VG_(fnptr_to_fnentry)(model_fetch), mkIRExprVec_1(mkIRExpr_HWord(line)));
    addStmtToIRSB(out, IRStmt_Dirty(d));
    *line_now = line;
  }
}

#endif
