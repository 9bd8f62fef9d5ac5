/* CPython extension `_brisk` of the Python supervisor: the zygote loop, runner forks and the
   one-shot finish() that stops counting before any harness code runs and encodes the result in
   C (no Python code, so nothing the candidate patched can run uncounted). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include "runner_core.h"
#include "py_guard.h"

typedef struct {
  char *p;
  size_t n, cap;
} Buf;

static int put(Buf *b, const char *s, size_t n) {
  if (b->n + n > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + n) cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) return -1;
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  return 0;
}
#define PUTS(b, s) put((b), (s), strlen(s))

/* Exact builtin types only: a subclass could run its own methods while being encoded. */
static int exact(PyObject *v, int depth) {
  if (depth > 200) return 0;
  if (v == Py_None || PyBool_Check(v) || PyLong_CheckExact(v) || PyFloat_CheckExact(v) || PyUnicode_CheckExact(v)) return 1;
  if (PyList_CheckExact(v) || PyTuple_CheckExact(v)) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
    PyObject **items = PySequence_Fast_ITEMS(v);
    for (Py_ssize_t i = 0; i < n; i++)
      if (!exact(items[i], depth + 1)) return 0;
    return 1;
  }
  if (PyDict_CheckExact(v)) {
    Py_ssize_t pos = 0;
    PyObject *k, *x;
    while (PyDict_Next(v, &pos, &k, &x))
      if (!exact(k, depth + 1) || !exact(x, depth + 1)) return 0;
    return 1;
  }
  if (PySet_CheckExact(v) || PyFrozenSet_CheckExact(v)) {
    Py_ssize_t pos = 0;
    PyObject *k;
    Py_hash_t h;
    while (_PySet_NextEntry(v, &pos, &k, &h))
      if (!exact(k, depth + 1)) return 0;
    return 1;
  }
  return 0;
}

static int put_str(Buf *b, PyObject *s) {
  Py_ssize_t n = PyUnicode_GET_LENGTH(s);
  int kind = PyUnicode_KIND(s);
  const void *data = PyUnicode_DATA(s);
  char esc[16];
  if (put(b, "\"", 1)) return -1;
  for (Py_ssize_t i = 0; i < n; i++) {
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (c == '"' || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      if (put(b, esc, 2)) return -1;
    } else if (c >= 0x20 && c < 0x7f) {
      esc[0] = (char)c;
      if (put(b, esc, 1)) return -1;
    } else if (c <= 0xffff) {
      snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
      if (put(b, esc, 6)) return -1;
    } else {
      Py_UCS4 u = c - 0x10000;
      snprintf(esc, sizeof esc, "\\u%04x\\u%04x", 0xd800 + (unsigned)(u >> 10), 0xdc00 + (unsigned)(u & 0x3ff));
      if (put(b, esc, 12)) return -1;
    }
  }
  return put(b, "\"", 1);
}

/* The typed wire encoding of harness values (src/problem/codec.ts). */
static int encode(Buf *b, PyObject *v) {
  char num[64];
  if (v == Py_None) return PUTS(b, "null");
  if (v == Py_True) return PUTS(b, "true");
  if (v == Py_False) return PUTS(b, "false");
  if (PyUnicode_CheckExact(v)) return put_str(b, v);
  if (PyLong_CheckExact(v)) {
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    const long long lim = 9007199254740992LL;
    if (!overflow && x >= -lim && x <= lim) {
      snprintf(num, sizeof num, "%lld", x);
      return PUTS(b, num);
    }
    PyObject *s = PyObject_Str(v);
    if (!s) return -1;
    Py_ssize_t n;
    const char *d = PyUnicode_AsUTF8AndSize(s, &n);
    int r = d ? (PUTS(b, "{\"$int\":\"") || put(b, d, (size_t)n) || PUTS(b, "\"}")) : -1;
    Py_DECREF(s);
    return r;
  }
  if (PyFloat_CheckExact(v)) {
    double d = PyFloat_AS_DOUBLE(v);
    if (isnan(d)) return PUTS(b, "{\"$float\":\"nan\"}");
    if (isinf(d)) return PUTS(b, d > 0 ? "{\"$float\":\"inf\"}" : "{\"$float\":\"-inf\"}");
    char *r = PyOS_double_to_string(d, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    if (!r) return -1;
    int integral = d == floor(d);
    int rc = integral ? (PUTS(b, "{\"$float\":") || PUTS(b, r) || PUTS(b, "}")) : PUTS(b, r);
    PyMem_Free(r);
    return rc;
  }
  if (PyList_CheckExact(v) || PyTuple_CheckExact(v)) {
    int tuple = PyTuple_CheckExact(v);
    if (PUTS(b, tuple ? "{\"$tuple\":[" : "[")) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
    PyObject **items = PySequence_Fast_ITEMS(v);
    for (Py_ssize_t i = 0; i < n; i++)
      if ((i && PUTS(b, ",")) || encode(b, items[i])) return -1;
    return PUTS(b, tuple ? "]}" : "]");
  }
  if (PyDict_CheckExact(v)) {
    if (PUTS(b, "{\"$dict\":[")) return -1;
    Py_ssize_t pos = 0, i = 0;
    PyObject *k, *x;
    while (PyDict_Next(v, &pos, &k, &x))
      if ((i++ && PUTS(b, ",")) || PUTS(b, "[") || encode(b, k) || PUTS(b, ",") || encode(b, x) || PUTS(b, "]")) return -1;
    return PUTS(b, "]}");
  }
  if (PySet_CheckExact(v) || PyFrozenSet_CheckExact(v)) {
    if (PUTS(b, "{\"$set\":[")) return -1;
    Py_ssize_t pos = 0, i = 0;
    PyObject *k;
    Py_hash_t h;
    while (_PySet_NextEntry(v, &pos, &k, &h))
      if ((i++ && PUTS(b, ",")) || encode(b, k)) return -1;
    return PUTS(b, "]}");
  }
  return -1;
}

static void before_fork(void) { PyOS_BeforeFork(); }
static void after_parent(void) { PyOS_AfterFork_Parent(); }
static void after_child(void) { PyOS_AfterFork_Child(); }

static PyObject *py_serve(PyObject *self, PyObject *args) {
  int in_fd, out_fd;
  if (!PyArg_ParseTuple(args, "ii", &in_fd, &out_fd)) return NULL;
  core_serve(in_fd, out_fd, before_fork, after_parent, after_child);
  Py_RETURN_NONE;
}

static PyObject *py_fork_runner(PyObject *self, PyObject *args) {
  int count, result_fd, gate_fd, stdio[3];
  const char *budget = "";
  if (!PyArg_ParseTuple(args, "p(iii)ii|s", &count, &stdio[0], &stdio[1], &stdio[2], &result_fd, &gate_fd, &budget)) return NULL;
  if (result_fd < 3 || (gate_fd >= 0 && gate_fd < 3)) return PyErr_Format(PyExc_ValueError, "result and gate descriptors must be above 2");
  pid_t pid = core_fork_runner(count, parse_budget(budget), stdio, result_fd, gate_fd, before_fork, after_parent, after_child);
  if (pid < 0) return PyErr_SetFromErrno(PyExc_OSError);
  return PyLong_FromLong(pid);
}

/* frame_tag(): the secret the last forked runner's frame must carry (call process only). */
static PyObject *py_frame_tag(PyObject *self, PyObject *noargs) {
  if (brisk_role != ROLE_CALL) return PyErr_Format(PyExc_RuntimeError, "frame_tag() outside a call process");
  return PyUnicode_FromString(brisk_frame_tag);
}

/* read_exact(fd, n): exactly n bytes as one bytes object, or None at an early end of file.
   In C because a Python loop's garbage (one slice and one int per read) would leave the job
   process's heap shaped by how the pipe split the bytes, and every call's count with it. */
static PyObject *py_read_exact(PyObject *self, PyObject *args) {
  int fd;
  Py_ssize_t n, got = 0;
  if (!PyArg_ParseTuple(args, "in", &fd, &n)) return NULL;
  if (n < 0) return PyErr_Format(PyExc_ValueError, "negative length");
  PyObject *buf = PyBytes_FromStringAndSize(NULL, n);
  if (!buf) return NULL;
  char *p = PyBytes_AS_STRING(buf);
  while (got < n) {
    ssize_t r = read(fd, p + got, (size_t)(n - got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      Py_DECREF(buf);
      return PyErr_SetFromErrno(PyExc_OSError);
    }
    if (r == 0) {
      Py_DECREF(buf);
      Py_RETURN_NONE;
    }
    got += r;
  }
  return buf;
}

static PyObject *py_gate(PyObject *self, PyObject *noargs) { return PyBool_FromLong(core_gate()); }

/* is_plain(value): whether value is made of exact builtin types (encoding it runs no Python). */
static PyObject *py_is_plain(PyObject *self, PyObject *v) { return PyBool_FromLong(exact(v, 0)); }

static long long traced_peak(void);

/* finish(value): False (nothing happens) when value is not made of exact builtin types;
   otherwise stops counting, encodes, sends an 'O' frame with the allocation peak (read here:
   a peak given by Python was one a candidate that reached finish() could choose) and ends. */
static PyObject *py_finish(PyObject *self, PyObject *v) {
  if (brisk_role != ROLE_RUNNER) return PyErr_Format(PyExc_RuntimeError, "finish() outside a runner");
  if (!exact(v, 0)) Py_RETURN_FALSE;
  long long peak = traced_peak();
  core_stop_counting();
  Buf b = {0};
  char tail[64];
  snprintf(tail, sizeof tail, ",\"peak\":%lld}", peak);
  if (PUTS(&b, "{\"v\":") || encode(&b, v) || PUTS(&b, tail)) {
    PyErr_Clear();
    const char *msg = "{\"type\":\"EncodeError\",\"message\":\"the result could not be encoded\"}";
    core_send_and_exit('E', msg, strlen(msg));
  }
  core_send_and_exit('O', b.p, b.n);
  Py_RETURN_NONE;
}

/* fail(type_name, message): the call raised; sends an 'E' frame and ends the process. */
static PyObject *py_fail(PyObject *self, PyObject *args) {
  PyObject *type_name, *message;
  if (!PyArg_ParseTuple(args, "OO", &type_name, &message)) return NULL;
  if (brisk_role != ROLE_RUNNER) return PyErr_Format(PyExc_RuntimeError, "fail() outside a runner");
  core_stop_counting();
  Buf b = {0};
  PyObject *unknown = PyUnicode_FromString("(unprintable)");
  if (PUTS(&b, "{\"type\":") || put_str(&b, PyUnicode_CheckExact(type_name) ? type_name : unknown) || PUTS(&b, ",\"message\":") ||
      put_str(&b, PyUnicode_CheckExact(message) ? message : unknown) || PUTS(&b, "}"))
    _exit(73);
  core_send_and_exit('E', b.p, b.n);
  Py_RETURN_NONE;
}

/* The allocation peak of the memory pass, kept in C where the candidate cannot reach it (a
   candidate can recreate the _tracemalloc module and reset its peak). Every PyMem domain is
   wrapped; each block allocated after the start is remembered with its size in an
   open-addressing table that lives outside Python's heap. Frees of older blocks are ignored, as
   tracemalloc ignores blocks it did not trace. */
typedef struct {
  void *p;
  size_t n;
} Block;
static Block *blocks;
static size_t blocks_cap, blocks_used, bytes_now, bytes_peak;
static char blocks_lock;
static PyMemAllocatorEx wrapped[3];

static size_t slot_of(void *p) { return (size_t)((((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull) >> 32) & (blocks_cap - 1); }

static void lock_blocks(void) {
  while (__atomic_test_and_set(&blocks_lock, __ATOMIC_ACQUIRE)) {}
}
static void unlock_blocks(void) { __atomic_clear(&blocks_lock, __ATOMIC_RELEASE); }

static void put_block(void *p, size_t n) {
  size_t i = slot_of(p);
  while (blocks[i].p && blocks[i].p != p) i = (i + 1) & (blocks_cap - 1);
  if (blocks[i].p) bytes_now -= blocks[i].n;
  else blocks_used++;
  blocks[i].p = p;
  blocks[i].n = n;
}

/* Doubles the table (mmap: no PyMem call from inside a hook); a failure stops the growth. */
static int grow_blocks(void) {
  size_t cap = blocks_cap ? 2 * blocks_cap : (size_t)1 << 16;
  Block *t = mmap(NULL, cap * sizeof(Block), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (t == MAP_FAILED) return -1;
  Block *old = blocks;
  size_t old_cap = blocks_cap;
  blocks = t;
  blocks_cap = cap;
  blocks_used = 0;
  for (size_t k = 0; k < old_cap; k++)
    if (old[k].p) put_block(old[k].p, old[k].n);
  if (old) munmap(old, old_cap * sizeof(Block));
  return 0;
}

static void add_block(void *p, size_t n) {
  lock_blocks();
  if ((blocks_used + 1) * 2 <= blocks_cap || grow_blocks() == 0) {
    put_block(p, n);
    bytes_now += n;
    if (bytes_now > bytes_peak) bytes_peak = bytes_now;
  }
  unlock_blocks();
}

/* Linear probing with backward-shift deletion: no tombstones. */
static void drop_block(void *p) {
  lock_blocks();
  size_t mask = blocks_cap - 1, i = slot_of(p);
  while (blocks[i].p && blocks[i].p != p) i = (i + 1) & mask;
  if (blocks[i].p) {
    bytes_now -= blocks[i].n;
    blocks_used--;
    for (size_t j = i;;) {
      j = (j + 1) & mask;
      if (!blocks[j].p) break;
      size_t home = slot_of(blocks[j].p);
      if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
        blocks[i] = blocks[j];
        i = j;
      }
    }
    blocks[i].p = NULL;
  }
  unlock_blocks();
}

/* pymalloc hands large blocks to the raw domain: the block is counted once, where asked for. */
static __thread int in_hook;

static void *hook_malloc(void *ctx, size_t n) {
  PyMemAllocatorEx *a = ctx;
  if (in_hook) return a->malloc(a->ctx, n);
  in_hook = 1;
  void *p = a->malloc(a->ctx, n);
  if (p) add_block(p, n);
  in_hook = 0;
  return p;
}
static void *hook_calloc(void *ctx, size_t k, size_t n) {
  PyMemAllocatorEx *a = ctx;
  if (in_hook) return a->calloc(a->ctx, k, n);
  in_hook = 1;
  void *p = a->calloc(a->ctx, k, n);
  if (p) add_block(p, k * n);
  in_hook = 0;
  return p;
}
static void *hook_realloc(void *ctx, void *p, size_t n) {
  PyMemAllocatorEx *a = ctx;
  if (in_hook) return a->realloc(a->ctx, p, n);
  in_hook = 1;
  void *q = a->realloc(a->ctx, p, n);
  if (q) {
    if (p) drop_block(p);
    add_block(q, n);
  }
  in_hook = 0;
  return q;
}
static void hook_free(void *ctx, void *p) {
  PyMemAllocatorEx *a = ctx;
  if (in_hook) {
    a->free(a->ctx, p);
    return;
  }
  in_hook = 1;
  if (p) drop_block(p);
  a->free(a->ctx, p);
  in_hook = 0;
}

/* The arena allocator serves pymalloc's arenas (1 MiB here; their objects are counted in the
   object domain already) and the interpreter's frame stack, in chunks of 16 KiB x 2^k: a
   candidate held 2,000 recursion frames of locals at a traced peak of 456 bytes. Chunks count. */
#define PYMALLOC_ARENA_BYTES ((size_t)1 << 20)
static PyObjectArenaAllocator wrapped_arena;

static void *hook_arena_alloc(void *ctx, size_t n) {
  void *p = wrapped_arena.alloc(wrapped_arena.ctx, n);
  if (p && n != PYMALLOC_ARENA_BYTES) add_block(p, n);
  return p;
}
static void hook_arena_free(void *ctx, void *p, size_t n) {
  if (p && n != PYMALLOC_ARENA_BYTES) drop_block(p);
  wrapped_arena.free(wrapped_arena.ctx, p, n);
}

static PyObject *py_trace_memory(PyObject *self, PyObject *noargs) {
  if (brisk_role != ROLE_RUNNER) return PyErr_Format(PyExc_RuntimeError, "trace_memory() outside a runner");
  if (blocks_cap) Py_RETURN_NONE;
  if (grow_blocks() < 0) return PyErr_NoMemory();
  const PyMemAllocatorDomain domains[3] = {PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ};
  for (int d = 0; d < 3; d++) {
    PyMem_GetAllocator(domains[d], &wrapped[d]);
    PyMemAllocatorEx hook = {&wrapped[d], hook_malloc, hook_calloc, hook_realloc, hook_free};
    PyMem_SetAllocator(domains[d], &hook);
  }
  PyObject_GetArenaAllocator(&wrapped_arena);
  PyObjectArenaAllocator arena = {NULL, hook_arena_alloc, hook_arena_free};
  PyObject_SetArenaAllocator(&arena);
  Py_RETURN_NONE;
}

/* The allocation peak since trace_memory(), bytes; -1 when not tracing. */
static long long traced_peak(void) {
  if (!blocks_cap) return -1;
  lock_blocks();
  size_t peak = bytes_peak;
  unlock_blocks();
  return (long long)peak;
}

static PyObject *py_perf_open(PyObject *self, PyObject *args) {
  int pid;
  if (!PyArg_ParseTuple(args, "i", &pid)) return NULL;
  return PyLong_FromLong(core_perf_open(pid));
}

static PyObject *py_perf_read(PyObject *self, PyObject *args) {
  int fd;
  if (!PyArg_ParseTuple(args, "i", &fd)) return NULL;
  return PyLong_FromLongLong(core_perf_read(fd));
}

static PyMethodDef methods[] = {
    {"perf_open", py_perf_open, METH_VARARGS, "call process: an enabled instruction counter on a runner, or -errno"},
    {"perf_read", py_perf_read, METH_VARARGS, "call process: read and close the counter"},
    {"trace_memory", py_trace_memory, METH_NOARGS, "runner: start counting allocated bytes"},
    {"seal", py_seal, METH_NOARGS, "zygote: take the attributes that lead to the harness off their types"},
    {"audit_lists", py_audit_lists, METH_VARARGS, "zygote: copy the audit hook's lists into C"},
    {"audit", py_audit, METH_NOARGS, "runner: install the audit hook"},
    {"serve", py_serve, METH_VARARGS, "zygote loop; returns in each job process"},
    {"fork_runner", py_fork_runner, METH_VARARGS, "fork one runner (job process only)"},
    {"frame_tag", py_frame_tag, METH_NOARGS, "call process: the secret of the runner's frame"},
    {"read_exact", py_read_exact, METH_VARARGS, "exactly n bytes from a descriptor, or None at end of file"},
    {"gate", py_gate, METH_NOARGS, "runner: signal ready, wait for go"},
    {"is_plain", py_is_plain, METH_O, "runner: whether a value is made of exact builtin types"},
    {"finish", py_finish, METH_O, "runner: stop counting, send the result and the peak, exit"},
    {"fail", py_fail, METH_VARARGS, "runner: stop counting, send the error, exit"},
    {NULL, NULL, 0, NULL},
};

/* Multi-phase: a single-phase module is kept in the interpreter's extension cache, and
   _imp.create_dynamic handed a runner a copy of it from there (no import event, no init). */
static PyModuleDef_Slot slots[] = {{0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_brisk", NULL, 0, methods, slots};

PyMODINIT_FUNC PyInit__brisk(void) {
  /* Once per process: a second load (under another module name) would switch collection. */
  static int loaded = 0;
  if (loaded || brisk_role != ROLE_ZYGOTE) return PyErr_Format(PyExc_ImportError, "_brisk loads once, in the zygote");
  loaded = 1;
  return PyModuleDef_Init(&module);
}
