/* The counting tool's guard of valgrind's memory (see brisk_count_tool.c's header comment):
   part of the tool, included once after its state, write_line() and note_request(). */
#ifndef BRISK_TOOL_GUARD_H
#define BRISK_TOOL_GUARD_H

/* Where valgrind's memory may lie, by 16 MiB granule of the 47-bit user address space: a
   store to a marked granule is checked precisely (find_ranges). */
#define GRANULE_BITS 24
#define GRANULES (1ULL << (47 - GRANULE_BITS))
/* In this tool's image, below 2 GiB, so the check's load takes its address as a displacement. */
static UChar granule_map[GRANULES];
static Bool ranges_found = False;
static Bool ranges_held = True;
#define VALGRIND_HEAP_START 0x1002000000ULL
#define HEAP_SPAN (16ULL << 30)
/* Addresses at or above this are not addresses (negative numbers as system call arguments). */
#define CANONICAL_END 0x800000000000ULL

/* Precise: does [a, a+len) touch a segment valgrind holds? A walk over the segment table. */
static Bool overlaps_valgrind(Addr a, SizeT len) {
  if (len == 0) return False;
  Addr last = a + len - 1;
  if (last < a) return True;
  for (Addr p = a;;) {
    NSegment const *seg = VG_(am_find_nsegment)(p);
    if (seg != NULL && (seg->kind == SkAnonV || seg->kind == SkFileV)) return True;
    Addr next = seg != NULL ? seg->end + 1 : VG_PGROUNDDN(p) + VKI_PAGE_SIZE;
    if (next == 0 || next > last) return False;
    p = next;
  }
}

/* Fast and wide: where the inline check sends a store to the precise one. */
static Bool marked(Addr a) { return granule_map[(a >> GRANULE_BITS) & (GRANULES - 1)] != 0; }
/* Marks [lo, hi), and the page below it, so a store that starts below and runs in is caught. */
static void mark(Addr lo, Addr hi) {
  for (Addr g = (lo - VKI_PAGE_SIZE) >> GRANULE_BITS; g <= (hi - 1) >> GRANULE_BITS && g < GRANULES; g++) granule_map[g] = 1;
}

/* The guest wrote, or asked the kernel to write, valgrind's memory: its count is void. */
static void tampered(Addr a, const HChar *how) {
  write_line(TAMPER_WRITE);
  VG_(message)(Vg_UserMsg, "brisk-count: %s at %#lx is valgrind's memory; process ended\n", how, a);
  VG_(exit)(TAMPER_EXIT);
}

/* A store the inline check sent here: in a wide range, so maybe valgrind's. */
static VG_REGPARM(2) void check_store(Addr a, UWord size) {
  if (overlaps_valgrind(a, size)) tampered(a, "a store");
}

static void on_pre_mem_write(CorePart part, ThreadId tid, const HChar *what, Addr a, SizeT size) {
  if (overlaps_valgrind(a, size)) tampered(a, "a system call's or signal frame's write");
}
/* Where a wrapper announces a write only once it is done: the count is void all the same. */
static void on_post_mem_write(CorePart part, ThreadId tid, Addr a, SizeT size) {
  if (overlaps_valgrind(a, size)) tampered(a, "a system call's write");
}

static void on_post_syscall(ThreadId tid, UInt no, UWord *args, UInt n, SysRes res) {}

static void check_range(Addr a, SizeT len) {
  if (a < CANONICAL_END && overlaps_valgrind(a, len)) tampered(a, "a system call's address argument");
}

/* The memory a counted runner's system call acts on through an address argument where
   valgrind announces no write (ranges it remaps, frees, zeroes or protects; words the kernel
   writes later). Buffers a call fills are checked by on_pre_mem_write. */
static void on_pre_syscall(ThreadId tid, UInt no, UWord *args, UInt n) {
  if (phase == IDLE || n < 6) return;
#if defined(VGA_amd64)
  switch (no) {
    case __NR_mmap:
      if (args[3] & (VKI_MAP_FIXED | 0x100000 /* MAP_FIXED_NOREPLACE */)) check_range(args[0], args[1]);
      break;
    case __NR_mremap:
      check_range(args[0], args[1]);
      if (args[3] & 2 /* MREMAP_FIXED */) check_range(args[4], args[2]);
      break;
    case __NR_mprotect:
    case __NR_pkey_mprotect:
    case __NR_munmap:
    case __NR_madvise:
    case __NR_msync:
    case __NR_mlock:
    case __NR_remap_file_pages:
    case __NR_set_robust_list:
    case __NR_rseq:
      check_range(args[0], args[1]);
      break;
    case __NR_brk:
      check_range(args[0], 1);
      break;
    case __NR_futex:
      check_range(args[0], 4);
      check_range(args[4], 4);
      break;
    case __NR_set_tid_address:
      check_range(args[0], 4);
      break;
    case __NR_clone:
      check_range(args[2], 4);
      check_range(args[3], 4);
      break;
    default:
      break;
  }
#endif
}

/* This tool's image, from the linker. */
extern char __executable_start[], _end[];

/* Does every segment valgrind holds lie in the inline check's ranges? If one does not, a store
   to it would go unchecked, and the count says so (tamper=2). */
static Bool ranges_cover_valgrind(void) {
  Addr starts[1024];
  Int n = VG_(am_get_segment_starts)(SkAnonV | SkFileV, starts, 1024);
  if (n < 0) return False;
  for (Int i = 0; i < n; i++) {
    NSegment const *seg = VG_(am_find_nsegment)(starts[i]);
    if (seg == NULL || seg->start >= CANONICAL_END) continue; /* the kernel's read-only vsyscall page */
    if (!marked(seg->start) || !marked(seg->end)) {
      VG_(message)(Vg_UserMsg, "brisk-count: valgrind's segment %#lx-%#lx is outside the checked ranges\n", seg->start, seg->end);
      return False;
    }
  }
  return True;
}

/* The marked granules: every segment valgrind holds now (this tool's image at its link
   address, its first heap, its own stack above the client space), and room for its heap to
   grow: valgrind puts its mappings from the middle of the client space (aspacemgr's vStart) up,
   far less than 16 GiB of them here (the memory limit is 2 GiB). A client mapping may share a
   granule (node's V8 asks for random addresses): its stores only take the precise check. */
static void find_ranges(void) {
  ranges_found = True;
  mark((Addr)__executable_start, VG_PGROUNDUP((Addr)_end));
  mark(VALGRIND_HEAP_START, VALGRIND_HEAP_START + HEAP_SPAN);
  Addr starts[1024];
  Int n = VG_(am_get_segment_starts)(SkAnonV | SkFileV, starts, 1024);
  tl_assert(n >= 0);
  for (Int i = 0; i < n; i++) {
    NSegment const *seg = VG_(am_find_nsegment)(starts[i]);
    if (seg != NULL && seg->start < CANONICAL_END) mark(seg->start, seg->end + 1);
  }
  ranges_held = ranges_cover_valgrind();
  if (VG_(clo_verbosity) > 1) {
    UInt count = 0;
    for (ULong g = 0; g < GRANULES; g++) count += granule_map[g];
    VG_(message)(Vg_UserMsg, "brisk-count: %u granules of 16 MiB marked as valgrind's\n", count);
  }
}

static IRExpr *bin(IRSB *out, IROp op, IRType ty, IRExpr *a, IRExpr *b) {
  IRTemp t = newIRTemp(out->tyenv, ty);
  addStmtToIRSB(out, IRStmt_WrTmp(t, IRExpr_Binop(op, a, b)));
  return IRExpr_RdTmp(t);
}

/* Before a store of size bytes to addr (an atom; 'when' its guard, or NULL): one look in the
   granule map, and the precise check when addr's granule may hold valgrind's memory. */
static void guard_store(IRSB *out, IRExpr *addr, Int size, IRExpr *when) {
  IRExpr *granule = bin(out, Iop_And64, Ity_I64, bin(out, Iop_Shr64, Ity_I64, addr, IRExpr_Const(IRConst_U8(GRANULE_BITS))),
                        IRExpr_Const(IRConst_U64(GRANULES - 1)));
  IRExpr *entry = bin(out, Iop_Add64, Ity_I64, granule, mkIRExpr_HWord((HWord)granule_map));
  IRTemp mark = newIRTemp(out->tyenv, Ity_I8);
  addStmtToIRSB(out, IRStmt_WrTmp(mark, IRExpr_Load(Iend_LE, Ity_I8, entry)));
  IRExpr *hit = bin(out, Iop_CmpNE8, Ity_I1, IRExpr_RdTmp(mark), IRExpr_Const(IRConst_U8(0)));
  if (when != NULL) hit = bin(out, Iop_And1, Ity_I1, hit, when);
  IRDirty *d = unsafeIRDirty_0_N(2, "check_store", VG_(fnptr_to_fnentry)(check_store), mkIRExprVec_2(addr, mkIRExpr_HWord(size)));
  d->guard = hit;
  addStmtToIRSB(out, IRStmt_Dirty(d));
}

/* A helper's wide write (xsave and the like): rare, so checked whole, in C. */
static VG_REGPARM(2) void note_wide_write(Addr a, UWord size) {
  if (overlaps_valgrind(a, size)) tampered(a, "a helper's store");
}

static void guard_writes(IRSB *out, IRStmt *st) {
  switch (st->tag) {
    case Ist_Store:
      guard_store(out, st->Ist.Store.addr, sizeofIRType(typeOfIRExpr(out->tyenv, st->Ist.Store.data)), NULL);
      break;
    case Ist_StoreG:
      guard_store(out, st->Ist.StoreG.details->addr, sizeofIRType(typeOfIRExpr(out->tyenv, st->Ist.StoreG.details->data)), st->Ist.StoreG.details->guard);
      break;
    case Ist_CAS:
      guard_store(out, st->Ist.CAS.details->addr, 2 * sizeofIRType(typeOfIRExpr(out->tyenv, st->Ist.CAS.details->dataLo)), NULL);
      break;
    case Ist_LLSC:
      if (st->Ist.LLSC.storedata != NULL) guard_store(out, st->Ist.LLSC.addr, sizeofIRType(typeOfIRExpr(out->tyenv, st->Ist.LLSC.storedata)), NULL);
      break;
    case Ist_Dirty: {
      IRDirty *dd = st->Ist.Dirty.details;
      if (dd->mFx == Ifx_Write || dd->mFx == Ifx_Modify) {
        IRExpr **args = mkIRExprVec_2(dd->mAddr, mkIRExpr_HWord(dd->mSize));
        addStmtToIRSB(out, IRStmt_Dirty(unsafeIRDirty_0_N(2, "note_wide_write", VG_(fnptr_to_fnentry)(note_wide_write), args)));
      }
      break;
    }
    default:
      break;
  }
}

#endif
