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
static void tampered(Addr a, const HChar *how) { end_runner(TAMPER_WRITE, how, a); }

/* A write the inline check sent here: in a marked granule, so maybe valgrind's. */
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
   writes later): the argument holding the address, the one holding the length (or -1 and a
   fixed length), and the flag (argument, bits) without which the address is only a hint.
   Buffers a call fills are checked by on_pre_mem_write. */
#if defined(VGA_amd64)
static const struct {
  UInt no;
  Int at, len_at;
  SizeT len;
  Int flags_at;
  UWord flags;
} ADDRESS_ARGS[] = {
    {__NR_mmap, 0, 1, 0, 3, VKI_MAP_FIXED | 0x100000 /* MAP_FIXED_NOREPLACE */},
    {__NR_mremap, 0, 1, 0, -1, 0},
    {__NR_mremap, 4, 2, 0, 3, 2 /* MREMAP_FIXED */},
    {__NR_mprotect, 0, 1, 0, -1, 0},
    {__NR_pkey_mprotect, 0, 1, 0, -1, 0},
    {__NR_munmap, 0, 1, 0, -1, 0},
    {__NR_madvise, 0, 1, 0, -1, 0},
    {__NR_msync, 0, 1, 0, -1, 0},
    {__NR_mlock, 0, 1, 0, -1, 0},
    {__NR_remap_file_pages, 0, 1, 0, -1, 0},
    {__NR_set_robust_list, 0, 1, 0, -1, 0},
    {__NR_rseq, 0, 1, 0, -1, 0},
    {__NR_brk, 0, -1, 1, -1, 0},
    {__NR_futex, 0, -1, 4, -1, 0},
    {__NR_futex, 4, -1, 4, -1, 0},
    {__NR_set_tid_address, 0, -1, 4, -1, 0},
    {__NR_clone, 2, -1, 4, -1, 0},
    {__NR_clone, 3, -1, 4, -1, 0},
};
#endif

static void on_pre_syscall(ThreadId tid, UInt no, UWord *args, UInt n) {
  if (phase == IDLE || n < 6) return;
#if defined(VGA_amd64)
  for (UInt i = 0; i < sizeof ADDRESS_ARGS / sizeof ADDRESS_ARGS[0]; i++) {
    if (ADDRESS_ARGS[i].no != no) continue;
    if (ADDRESS_ARGS[i].flags_at >= 0 && !(args[ADDRESS_ARGS[i].flags_at] & ADDRESS_ARGS[i].flags)) continue;
    check_range(args[ADDRESS_ARGS[i].at], ADDRESS_ARGS[i].len_at >= 0 ? args[ADDRESS_ARGS[i].len_at] : ADDRESS_ARGS[i].len);
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

/* Before a write of size bytes to addr (an atom; 'when' its guard, or NULL): one look in the
   granule map, and the precise check when addr's granule may hold valgrind's memory. A write
   of a page or more (none on amd64: xsave's area is under 3 KiB) is always checked precisely. */
static void guard_access(IRSB *out, IRExpr *addr, Int size, IRExpr *when, Bool write) {
  if (!write) return;
  IRDirty *d = unsafeIRDirty_0_N(2, "check_store", VG_(fnptr_to_fnentry)(check_store), mkIRExprVec_2(addr, mkIRExpr_HWord(size)));
  if (size < VKI_PAGE_SIZE) {
    IRExpr *granule = bin(out, Iop_And64, Ity_I64, bin(out, Iop_Shr64, Ity_I64, addr, IRExpr_Const(IRConst_U8(GRANULE_BITS))),
                          IRExpr_Const(IRConst_U64(GRANULES - 1)));
    IRExpr *entry = bin(out, Iop_Add64, Ity_I64, granule, mkIRExpr_HWord((HWord)granule_map));
    IRTemp mark = newIRTemp(out->tyenv, Ity_I8);
    addStmtToIRSB(out, IRStmt_WrTmp(mark, IRExpr_Load(Iend_LE, Ity_I8, entry)));
    d->guard = bin(out, Iop_CmpNE8, Ity_I1, IRExpr_RdTmp(mark), IRExpr_Const(IRConst_U8(0)));
  }
  if (when != NULL) d->guard = d->guard->tag == Iex_Const ? when : bin(out, Iop_And1, Ity_I1, d->guard, when);
  addStmtToIRSB(out, IRStmt_Dirty(d));
}

#endif
