/* CPython extension `_brisk` of the Python supervisor: the zygote loop, runner forks and the
   one-shot finish() that stops counting before any harness code runs and encodes the result in
   C (no Python code, so nothing the candidate patched can run uncounted). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include "runner_core.h"

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
  if (!PyArg_ParseTuple(args, "p(iii)ii", &count, &stdio[0], &stdio[1], &stdio[2], &result_fd, &gate_fd)) return NULL;
  if (result_fd < 3 || (gate_fd >= 0 && gate_fd < 3)) return PyErr_Format(PyExc_ValueError, "result and gate descriptors must be above 2");
  pid_t pid = core_fork_runner(count, stdio, result_fd, gate_fd, before_fork, after_parent, after_child);
  if (pid < 0) return PyErr_SetFromErrno(PyExc_OSError);
  return PyLong_FromLong(pid);
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

/* finish(value, peak): False (nothing happens) when value is not made of exact builtin types;
   otherwise stops counting, encodes, sends an 'O' frame and ends the process. */
static PyObject *py_finish(PyObject *self, PyObject *args) {
  PyObject *v;
  long long peak = -1;
  if (!PyArg_ParseTuple(args, "O|L", &v, &peak)) return NULL;
  if (brisk_role != ROLE_RUNNER) return PyErr_Format(PyExc_RuntimeError, "finish() outside a runner");
  if (!exact(v, 0)) Py_RETURN_FALSE;
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

/* The allocation peak of the memory pass: tracemalloc's own functions are kept here, where
   the candidate cannot reach or replace them (lockdown.py drops the modules). */
static PyObject *tm_start, *tm_peak;

/* Called at import, before any runner exists: lockdown.py later hides the module. */
static int keep_tracemalloc(void) {
  PyObject *m = PyImport_ImportModule("_tracemalloc");
  if (!m) return -1;
  tm_start = PyObject_GetAttrString(m, "start");
  tm_peak = PyObject_GetAttrString(m, "get_traced_memory");
  Py_DECREF(m);
  return tm_start && tm_peak ? 0 : -1;
}

static PyObject *py_trace_memory(PyObject *self, PyObject *noargs) {
  if (!tm_start) return PyErr_Format(PyExc_RuntimeError, "tracemalloc is not available");
  PyObject *r = PyObject_CallNoArgs(tm_start);
  if (!r) return NULL;
  Py_DECREF(r);
  Py_RETURN_NONE;
}

static PyObject *py_traced_peak(PyObject *self, PyObject *noargs) {
  if (!tm_peak) return PyLong_FromLong(-1);
  PyObject *t = PyObject_CallNoArgs(tm_peak);
  if (!t || !PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 2) {
    Py_XDECREF(t);
    PyErr_Clear();
    return PyLong_FromLong(-1);
  }
  PyObject *peak = PyTuple_GET_ITEM(t, 1);
  Py_INCREF(peak);
  Py_DECREF(t);
  return peak;
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
    {"trace_memory", py_trace_memory, METH_NOARGS, "runner: start tracemalloc"},
    {"traced_peak", py_traced_peak, METH_NOARGS, "runner: tracemalloc's peak, bytes"},
    {"serve", py_serve, METH_VARARGS, "zygote loop; returns in each job process"},
    {"fork_runner", py_fork_runner, METH_VARARGS, "fork one runner (job process only)"},
    {"read_exact", py_read_exact, METH_VARARGS, "exactly n bytes from a descriptor, or None at end of file"},
    {"gate", py_gate, METH_NOARGS, "runner: signal ready, wait for go"},
    {"finish", py_finish, METH_VARARGS, "runner: stop counting, send the result, exit"},
    {"fail", py_fail, METH_VARARGS, "runner: stop counting, send the error, exit"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_brisk", NULL, -1, methods};

PyMODINIT_FUNC PyInit__brisk(void) {
  /* A counted zygote starts with collection on (so that every new thread starts with it on, and
     a candidate's threads are counted); its own main thread stops here. Forks inherit that. */
  if (RUNNING_ON_VALGRIND) CALLGRIND_TOGGLE_COLLECT;
  if (keep_tracemalloc() < 0) return NULL;
  return PyModule_Create(&module);
}
