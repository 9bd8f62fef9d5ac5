/* Brisk's instruction meter: a valgrind tool that counts the guest instructions a runner
   executes, and nothing else (no cost centres, no dumps, no call graph). Callgrind's per-call
   cost was its bookkeeping: zeroing and dumping every cost centre the zygote ever touched took
   ~30 ms a call, and its instrumentation runs code ~5x slower than a bare counter.

   A runner counts from the fork that made it (the call process arms the next fork) to its
   finish() (BRISK_COUNT_STOP); at exit the tool writes one line to <out>.<pid>, a file it
   creates at the fork, before any runner code, on a descriptor in valgrind's own range (the
   guest's system calls on it fail), so the runner neither forges it nor needs to make files. What the
   runner executes after the stop is its tail; client requests made while counting, and (where
   the interpreter has no JIT) code run from memory no file backs, are tallied too. The host
   refuses a count with a long tail, any such request or such code: that is how counting
   would be switched off or escaped (valgrind's CLIENT_CALL runs a function natively,
   uncounted). Counting is per process; --count-new-threads=no counts only the forking thread
   (node: V8's helper threads are not the candidate's work).

   valgrind shares its process with the guest, and does not keep the guest from writing its
   memory: a guest able to write any address (a memory-safety bug in the interpreter) could
   rewrite the counter or translated code. So every guest store, every buffer a system call
   writes, and the address arguments of the memory calls while counting are checked against
   valgrind's part of the address space; a hit ends the process with tamper=1 in its line.
   Inline, a store looks up its 16 MiB granule in a map of where valgrind's memory may lie
   (this tool's image, valgrind's heap span, its own stack); only in a marked granule does the
   segment table decide (find_ranges). */
#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_options.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_machine.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_vkiscnums.h"
#include "libvex_guest_offsets.h"
#include "pub_tool_threadstate.h"
#include "brisk_count.h"
#include "brisk_cache_model.h"

#if defined(VGA_amd64)
#define REQUEST_ARGS OFFSET_amd64_RAX
#elif defined(VGA_arm64)
#define REQUEST_ARGS OFFSET_arm64_X4
#else
#error "the counting tool supports amd64 and arm64"
#endif

enum phase { IDLE, COUNTING, STOPPED };

static const HChar *out_prefix = NULL;
static Bool count_new_threads = True;
static Bool file_code_only = False;
/* The cycles meter: model a fixed cache hierarchy as well (brisk_cache_model.h). */
static Bool cache_sim = False;

/* Incremented inline by the translated code: instructions since the last flush. */
static ULong running = 0;
static enum phase phase = IDLE;
static Bool arm_next_fork = False;
static ThreadId counted_tid = 0;
static ULong counted = 0, tail = 0, requests = 0, foreign = 0;
static Int out_fd = -1;

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
#define TAMPER_EXIT 86
enum tamper { TAMPER_NONE, TAMPER_WRITE, TAMPER_UNCHECKED };

/* The core's: moves a descriptor into valgrind's reserved range, out of the guest's reach. */
extern Int VG_(safe_fd)(Int oldfd);

static void write_line(enum tamper tampered) {
  if (phase == IDLE || out_fd < 0) return;
  HChar line[256];
  Int n = VG_(snprintf)(line, sizeof line, "brisk-count pid=%d counted=%llu tail=%llu requests=%llu foreign=%llu tamper=%d daccess=%llu l1miss=%llu llmiss=%llu stopped=%d\n",
                        VG_(getpid)(), counted, tail, requests, foreign, (Int)tampered, data_accesses, l1_misses, ll_misses, phase == STOPPED ? 1 : 0);
  VG_(write)(out_fd, line, n);
  VG_(close)(out_fd);
  out_fd = -1;
}

static void flush(ThreadId tid) {
  if (phase != IDLE && (count_new_threads || tid == counted_tid)) {
    if (phase == COUNTING) counted += running;
    else tail += running;
  }
  running = 0;
}

static void on_stop_client_code(ThreadId tid, ULong blocks) { flush(tid); }

static void on_fork_pre(ThreadId tid) { flush(tid); }
static void on_fork_parent(ThreadId tid) { arm_next_fork = False; }
static void on_fork_child(ThreadId tid) {
  running = 0;
  counted = tail = requests = foreign = 0;
  phase = arm_next_fork ? COUNTING : IDLE;
  counted_tid = tid;
  arm_next_fork = False;
  if (cache_sim) cache_reset();
  if (out_fd >= 0) VG_(close)(out_fd);
  out_fd = -1;
  if (phase == IDLE || out_prefix == NULL) return;
  HChar path[4096];
  VG_(snprintf)(path, sizeof path, "%s.%d", out_prefix, VG_(getpid)());
  SysRes fd = VG_(open)(path, VKI_O_CREAT | VKI_O_EXCL | VKI_O_WRONLY, 0600);
  if (!sr_isError(fd)) out_fd = VG_(safe_fd)(sr_Res(fd));
}

/* Run-time notes from instrumented blocks, only while this process counts. A client request
   is harmless when it asks whether valgrind runs, or to drop translations of code (V8 asks
   that after writing code), or is the runner's own stop. Any other ends the process here, just
   before the core would act on it, in the same thread (valgrind's CLIENT_CALL runs a function
   natively, uncounted; others write where their arguments point, valgrind's memory too), with
   requests=1 in its line. */
static VG_REGPARM(1) void note_request(Addr args) {
  if (phase == IDLE) return;
  if (VG_(am_is_valid_for_client)(args, sizeof(UWord), VKI_PROT_READ)) {
    UWord code = *(UWord *)args;
    if (code == VG_USERREQ__RUNNING_ON_VALGRIND || code == VG_USERREQ__DISCARD_TRANSLATIONS || code == BRISK_COUNT_STOP) return;
  }
  requests++;
  write_line(TAMPER_NONE);
  VG_(message)(Vg_UserMsg, "brisk-count: a client request while counted; process ended\n");
  VG_(exit)(TAMPER_EXIT);
}

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
    case __NR_set_robust_list:
    case __NR_rseq:
      check_range(args[0], args[1]);
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

static VG_REGPARM(0) void note_foreign_code(void) {
  if (phase != IDLE) foreign++;
}

static Bool handle_request(ThreadId tid, UWord *args, UWord *ret) {
  if (!VG_IS_TOOL_USERREQ('B', 'C', args[0])) return False;
  flush(tid);
  *ret = 0;
  switch (args[0]) {
    case BRISK_COUNT_ARM:
      arm_next_fork = True;
      return True;
    case BRISK_COUNT_STOP:
      if (phase == COUNTING) phase = STOPPED;
      return True;
    default:
      return False;
  }
}

static void add_count(IRSB *out, UInt n) {
  if (n == 0) return;
  IRTemp old = newIRTemp(out->tyenv, Ity_I64);
  IRTemp sum = newIRTemp(out->tyenv, Ity_I64);
  IRExpr *where = mkIRExpr_HWord((HWord)&running);
  addStmtToIRSB(out, IRStmt_WrTmp(old, IRExpr_Load(Iend_LE, Ity_I64, where)));
  addStmtToIRSB(out, IRStmt_WrTmp(sum, IRExpr_Binop(Iop_Add64, IRExpr_RdTmp(old), IRExpr_Const(IRConst_U64(n)))));
  addStmtToIRSB(out, IRStmt_Store(Iend_LE, mkIRExpr_HWord((HWord)&running), IRExpr_RdTmp(sum)));
}

static void add_note(IRSB *out, const HChar *name, void *fn, IRExpr **args) {
  IRDirty *d = unsafeIRDirty_0_N(args[0] == NULL ? 0 : 1, name, VG_(fnptr_to_fnentry)(fn), args);
  addStmtToIRSB(out, IRStmt_Dirty(d));
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

static Bool from_file(const VexGuestExtents *vge) {
  for (UInt i = 0; i < vge->n_used; i++) {
    NSegment const *seg = VG_(am_find_nsegment)((Addr)vge->base[i]);
    if (seg == NULL || seg->kind != SkFileC) return False;
  }
  return True;
}

/* Each block adds its instruction count, in parts: before every side exit the instructions
   up to it, so a taken exit counts exactly what ran. */
static IRSB *instrument(VgCallbackClosure *closure, IRSB *in, const VexGuestLayout *layout, const VexGuestExtents *vge,
                        const VexArchInfo *archinfo, IRType gWordTy, IRType hWordTy) {
  if (!ranges_found) find_ranges();
  IRSB *out = deepCopyIRSBExceptStmts(in);
  Int i = 0;
  while (i < in->stmts_used && in->stmts[i]->tag != Ist_IMark) addStmtToIRSB(out, in->stmts[i++]);
  if (file_code_only && !from_file(vge)) add_note(out, "note_foreign_code", note_foreign_code, mkIRExprVec_0());
  UInt pending = 0;
  Addr line_now = ~(Addr)0;
  for (; i < in->stmts_used; i++) {
    IRStmt *st = in->stmts[i];
    if (st == NULL || st->tag == Ist_NoOp) continue;
    if (st->tag == Ist_IMark) pending++;
    if (st->tag == Ist_Exit) {
      add_count(out, pending);
      pending = 0;
    }
    guard_writes(out, st);
    if (cache_sim) model_accesses(out, st);
    addStmtToIRSB(out, st);
    if (cache_sim && st->tag == Ist_IMark) model_fetches(out, st, &line_now);
  }
  add_count(out, pending);
  /* Last, so it reads the argument register as the request will. */
  if (in->jumpkind == Ijk_ClientReq) {
    IRTemp args = newIRTemp(out->tyenv, Ity_I64);
    addStmtToIRSB(out, IRStmt_WrTmp(args, IRExpr_Get(REQUEST_ARGS, Ity_I64)));
    add_note(out, "note_request", note_request, mkIRExprVec_1(IRExpr_RdTmp(args)));
  }
  return out;
}

static void fini(Int exitcode) {
  if (phase == IDLE || out_fd < 0) return;
  write_line(ranges_held && ranges_cover_valgrind() ? TAMPER_NONE : TAMPER_UNCHECKED);
}

static Bool process_option(const HChar *arg) {
  if VG_STR_CLO (arg, "--count-out", out_prefix) {
  } else if VG_BOOL_CLO (arg, "--count-new-threads", count_new_threads) {
  } else if VG_BOOL_CLO (arg, "--file-code-only", file_code_only) {
  } else if VG_BOOL_CLO (arg, "--cache-sim", cache_sim) {
  } else
    return False;
  return True;
}

static void print_usage(void) {
  VG_(printf)("    --count-out=<prefix>        write each counted runner's line to <prefix>.<pid>\n"
              "    --count-new-threads=yes|no  count threads a runner starts [yes]\n"
              "    --file-code-only=yes|no     note code run from memory no file backs [no]\n"
              "    --cache-sim=yes|no          model a fixed cache hierarchy for estimated cycles [no]\n");
}

static void print_debug_usage(void) {}

static void post_clo_init(void) {}

static void pre_clo_init(void) {
  VG_(details_name)("brisk-count");
  VG_(details_version)("1");
  VG_(details_description)("Brisk's guest instruction counter");
  VG_(details_copyright_author)("Brisk authors");
  VG_(details_bug_reports_to)("the Brisk repository");
  VG_(details_avg_translation_sizeB)(275);
  VG_(basic_tool_funcs)(post_clo_init, instrument, fini);
  VG_(needs_command_line_options)(process_option, print_usage, print_debug_usage);
  VG_(needs_client_requests)(handle_request);
  VG_(track_stop_client_code)(on_stop_client_code);
  VG_(atfork)(on_fork_pre, on_fork_parent, on_fork_child);
  VG_(track_pre_mem_write)(on_pre_mem_write);
  VG_(track_post_mem_write)(on_post_mem_write);
  VG_(needs_syscall_wrapper)(on_pre_syscall, on_post_syscall);
}

VG_DETERMINE_INTERFACE_VERSION(pre_clo_init)
