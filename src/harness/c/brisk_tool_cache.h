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

static void model_call(IRSB *out, IRExpr *addr, Int size, IRExpr *when) {
  IRDirty *d = unsafeIRDirty_0_N(2, "model_data", VG_(fnptr_to_fnentry)(model_data), mkIRExprVec_2(addr, mkIRExpr_HWord(size)));
  if (when != NULL) d->guard = when;
  addStmtToIRSB(out, IRStmt_Dirty(d));
}

/* The data accesses of one statement, for the cache model (a read-modify-write is two). */
static void model_accesses(IRSB *out, IRStmt *st) {
  IRTypeEnv *env = out->tyenv;
  switch (st->tag) {
    case Ist_WrTmp:
      if (st->Ist.WrTmp.data->tag == Iex_Load) model_call(out, st->Ist.WrTmp.data->Iex.Load.addr, sizeofIRType(st->Ist.WrTmp.data->Iex.Load.ty), NULL);
      break;
    case Ist_LoadG: {
      IRType loaded, widened;
      typeOfIRLoadGOp(st->Ist.LoadG.details->cvt, &widened, &loaded);
      model_call(out, st->Ist.LoadG.details->addr, sizeofIRType(loaded), st->Ist.LoadG.details->guard);
      break;
    }
    case Ist_Store:
      model_call(out, st->Ist.Store.addr, sizeofIRType(typeOfIRExpr(env, st->Ist.Store.data)), NULL);
      break;
    case Ist_StoreG:
      model_call(out, st->Ist.StoreG.details->addr, sizeofIRType(typeOfIRExpr(env, st->Ist.StoreG.details->data)), st->Ist.StoreG.details->guard);
      break;
    case Ist_CAS: {
      IRCAS *cas = st->Ist.CAS.details;
      Int size = (cas->dataHi != NULL ? 2 : 1) * sizeofIRType(typeOfIRExpr(env, cas->dataLo));
      model_call(out, cas->addr, size, NULL);
      model_call(out, cas->addr, size, NULL);
      break;
    }
    case Ist_LLSC: {
      IRExpr *data = st->Ist.LLSC.storedata;
      Int size = data != NULL ? sizeofIRType(typeOfIRExpr(env, data)) : sizeofIRType(typeOfIRTemp(env, st->Ist.LLSC.result));
      model_call(out, st->Ist.LLSC.addr, size, NULL);
      break;
    }
    case Ist_Dirty: {
      IRDirty *dd = st->Ist.Dirty.details;
      if (dd->mFx == Ifx_None) break;
      model_call(out, dd->mAddr, dd->mSize, NULL);
      if (dd->mFx == Ifx_Modify) model_call(out, dd->mAddr, dd->mSize, NULL);
      break;
    }
    default:
      break;
  }
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
