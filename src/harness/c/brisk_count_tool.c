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
   (node: V8's helper threads are not the candidate's work). A runner armed with a budget (its
   test's censoring limit) is ended once its count passes it, with over=1 in its line: past the
   limit its level is censored whatever it would still run, so the rest is not worth counting.

   valgrind shares its process with the guest, and does not keep the guest from writing its
   memory: a guest able to write any address (a memory-safety bug in the interpreter) could
   rewrite the counter or translated code. So every guest store, every buffer a system call
   writes, and the address arguments of the memory calls while counting are checked against
   valgrind's part of the address space; a hit ends the process with tamper=1 in its line.
   Inline, a store looks up its 16 MiB granule in a map of where valgrind's memory may lie
   (this tool's image, valgrind's heap span, its own stack); only in a marked granule does the
   segment table decide (find_ranges). The guard is in brisk_tool_guard.h, the cycles meter's
   cache model in brisk_cache_model.h and its instrumentation in brisk_tool_cache.h. */
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
/* The censoring limit of the armed call (0: none), and of this runner: a runner whose count
   passes it is ended at the next flush, since the count alone already censors its level. */
static ULong armed_budget = 0, budget = 0;
static Bool over = False;
static ThreadId counted_tid = 0;
static ULong counted = 0, tail = 0, requests = 0, foreign = 0;
static Int out_fd = -1;

#define TAMPER_EXIT 86
#define OVER_EXIT 87
enum tamper { TAMPER_NONE, TAMPER_WRITE, TAMPER_UNCHECKED };

/* The core's: moves a descriptor into valgrind's reserved range, out of the guest's reach. */
extern Int VG_(safe_fd)(Int oldfd);

static void write_line(enum tamper tampered) {
  if (phase == IDLE || out_fd < 0) return;
  HChar line[256];
  Int n = VG_(snprintf)(line, sizeof line, "brisk-count pid=%d counted=%llu tail=%llu requests=%llu foreign=%llu tamper=%d daccess=%llu l1miss=%llu llmiss=%llu stopped=%d over=%d\n",
                        VG_(getpid)(), counted, tail, requests, foreign, (Int)tampered, data_accesses, l1_misses, ll_misses, phase == STOPPED ? 1 : 0, over ? 1 : 0);
  VG_(write)(out_fd, line, n);
  VG_(close)(out_fd);
  out_fd = -1;
}

/* The runner escaped its count (why, at address a): its line says so, and it ends here. */
static void end_runner(enum tamper tampered, const HChar *why, Addr a) {
  write_line(tampered);
  VG_(message)(Vg_UserMsg, "brisk-count: %s at %#lx; process ended\n", why, a);
  VG_(exit)(TAMPER_EXIT);
}

/* Every flush (each scheduler time slice, system call, fork and request) compares the count
   with the budget, so the runner ends within a time slice of passing it; whether it is ended
   depends on its final count alone. */
static void flush(ThreadId tid) {
  if (phase != IDLE && (count_new_threads || tid == counted_tid)) {
    if (phase == COUNTING) counted += running;
    else tail += running;
  }
  running = 0;
  if (phase == COUNTING && budget > 0 && counted > budget) {
    over = True;
    write_line(TAMPER_NONE);
    VG_(exit)(OVER_EXIT);
  }
}

static void on_stop_client_code(ThreadId tid, ULong blocks) { flush(tid); }

static void on_fork_pre(ThreadId tid) { flush(tid); }
static void on_fork_parent(ThreadId tid) { arm_next_fork = False; }
static void on_fork_child(ThreadId tid) {
  running = 0;
  counted = tail = requests = foreign = 0;
  phase = arm_next_fork ? COUNTING : IDLE;
  budget = arm_next_fork ? armed_budget : 0;
  over = False;
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
  end_runner(TAMPER_NONE, "a client request's argument block", args);
}

/* The memory a statement reads and writes, each access given to fn with its address (an atom),
   size, guard ('when', or NULL) and direction: a read-modify-write is a read, then a write. */
typedef void (*AccessFn)(IRSB *out, IRExpr *addr, Int size, IRExpr *when, Bool write);
static void for_each_access(IRSB *out, IRStmt *st, AccessFn fn) {
  IRTypeEnv *env = out->tyenv;
  switch (st->tag) {
    case Ist_WrTmp:
      if (st->Ist.WrTmp.data->tag == Iex_Load) fn(out, st->Ist.WrTmp.data->Iex.Load.addr, sizeofIRType(st->Ist.WrTmp.data->Iex.Load.ty), NULL, False);
      break;
    case Ist_LoadG: {
      IRType loaded, widened;
      typeOfIRLoadGOp(st->Ist.LoadG.details->cvt, &widened, &loaded);
      fn(out, st->Ist.LoadG.details->addr, sizeofIRType(loaded), st->Ist.LoadG.details->guard, False);
      break;
    }
    case Ist_Store:
      fn(out, st->Ist.Store.addr, sizeofIRType(typeOfIRExpr(env, st->Ist.Store.data)), NULL, True);
      break;
    case Ist_StoreG:
      fn(out, st->Ist.StoreG.details->addr, sizeofIRType(typeOfIRExpr(env, st->Ist.StoreG.details->data)), st->Ist.StoreG.details->guard, True);
      break;
    case Ist_CAS: {
      IRCAS *cas = st->Ist.CAS.details;
      Int size = (cas->dataHi != NULL ? 2 : 1) * sizeofIRType(typeOfIRExpr(env, cas->dataLo));
      fn(out, cas->addr, size, NULL, False);
      fn(out, cas->addr, size, NULL, True);
      break;
    }
    case Ist_LLSC: {
      IRExpr *data = st->Ist.LLSC.storedata;
      if (data == NULL) fn(out, st->Ist.LLSC.addr, sizeofIRType(typeOfIRTemp(env, st->Ist.LLSC.result)), NULL, False);
      else fn(out, st->Ist.LLSC.addr, sizeofIRType(typeOfIRExpr(env, data)), NULL, True);
      break;
    }
    case Ist_Dirty: {
      IRDirty *d = st->Ist.Dirty.details;
      if (d->mFx == Ifx_Read || d->mFx == Ifx_Modify) fn(out, d->mAddr, d->mSize, NULL, False);
      if (d->mFx == Ifx_Write || d->mFx == Ifx_Modify) fn(out, d->mAddr, d->mSize, NULL, True);
      break;
    }
    default:
      break;
  }
}

#include "brisk_tool_guard.h"
#include "brisk_tool_cache.h"

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
      armed_budget = args[1];
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
    for_each_access(out, st, guard_access);
    if (cache_sim) for_each_access(out, st, model_access);
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
  write_line(ranges_cover_valgrind() ? TAMPER_NONE : TAMPER_UNCHECKED);
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
