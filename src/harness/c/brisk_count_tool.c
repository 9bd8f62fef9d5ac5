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
   (node: V8's helper threads are not the candidate's work). */
#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_options.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_machine.h"
#include "libvex_guest_offsets.h"
#include "brisk_count.h"

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

/* Incremented inline by the translated code: instructions since the last flush. */
static ULong running = 0;
static enum phase phase = IDLE;
static Bool arm_next_fork = False;
static ThreadId counted_tid = 0;
static ULong counted = 0, tail = 0, requests = 0, foreign = 0;
static Int out_fd = -1;

/* The core's: moves a descriptor into valgrind's reserved range, out of the guest's reach. */
extern Int VG_(safe_fd)(Int oldfd);

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
   that after writing code), or is the runner's own stop; any other (valgrind's CLIENT_CALL runs
   a function natively, uncounted; other tools' requests) is noted. Its argument block is read
   here, just before the core handles it, in the same thread. */
static VG_REGPARM(1) void note_request(Addr args) {
  if (phase == IDLE) return;
  if (!VG_(am_is_valid_for_client)(args, sizeof(UWord), VKI_PROT_READ)) {
    requests++;
    return;
  }
  UWord code = *(UWord *)args;
  if (code == VG_USERREQ__RUNNING_ON_VALGRIND || code == VG_USERREQ__DISCARD_TRANSLATIONS || code == BRISK_COUNT_STOP) return;
  requests++;
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
  IRSB *out = deepCopyIRSBExceptStmts(in);
  Int i = 0;
  while (i < in->stmts_used && in->stmts[i]->tag != Ist_IMark) addStmtToIRSB(out, in->stmts[i++]);
  if (file_code_only && !from_file(vge)) add_note(out, "note_foreign_code", note_foreign_code, mkIRExprVec_0());
  UInt pending = 0;
  for (; i < in->stmts_used; i++) {
    IRStmt *st = in->stmts[i];
    if (st == NULL || st->tag == Ist_NoOp) continue;
    if (st->tag == Ist_IMark) pending++;
    if (st->tag == Ist_Exit) {
      add_count(out, pending);
      pending = 0;
    }
    addStmtToIRSB(out, st);
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
  HChar line[256];
  Int n = VG_(snprintf)(line, sizeof line, "brisk-count pid=%d counted=%llu tail=%llu requests=%llu foreign=%llu stopped=%d\n",
                        VG_(getpid)(), counted, tail, requests, foreign, phase == STOPPED ? 1 : 0);
  VG_(write)(out_fd, line, n);
  VG_(close)(out_fd);
}

static Bool process_option(const HChar *arg) {
  if VG_STR_CLO (arg, "--count-out", out_prefix) {
  } else if VG_BOOL_CLO (arg, "--count-new-threads", count_new_threads) {
  } else if VG_BOOL_CLO (arg, "--file-code-only", file_code_only) {
  } else
    return False;
  return True;
}

static void print_usage(void) {
  VG_(printf)("    --count-out=<prefix>        write each counted runner's line to <prefix>.<pid>\n"
              "    --count-new-threads=yes|no  count threads a runner starts [yes]\n"
              "    --file-code-only=yes|no     note code run from memory no file backs [no]\n");
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
}

VG_DETERMINE_INTERFACE_VERSION(pre_clo_init)
