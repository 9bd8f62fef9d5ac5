/* The Python runner's guards, in C so that nothing the candidate can patch takes part in them:
   - seal(): the attributes that lead from an object a candidate can hold to the harness's
     globals, closures, locals and callers are taken off their types. A candidate reached
     supervisor.py's globals (so `_brisk` and the lockdown's deny lists) through
     `Job.__init__.__globals__` (classes via `object.__subclasses__()`) and through the frame a
     signal handler is given (`f_back`, `f_locals`).
   - audit_lists() and audit(): the audit hook (PEP 578). The Python hook it replaces looked its deny lists up
     in module globals and called `os.path.realpath`, `any` and `isinstance`: a candidate that
     patched one of them could read /proc/self/mem (the frame tag) or load ctypes. Here the lists
     are C strings copied at install time, paths are resolved with realpath(3), and no Python
     code runs. */
#include <frameobject.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

static int strip_type(PyTypeObject *t, const char *const *names) {
  for (int k = 0; names[k]; k++)
    if (PyDict_GetItemString(t->tp_dict, names[k]) && PyDict_DelItemString(t->tp_dict, names[k]) < 0) return -1;
  PyType_Modified(t);
  return 0;
}

/* _struct.Struct as CPython 3.11 lays it out. Its __init__ could run again on a live Struct
   (freeing the format table that iter_unpack and pack_into were still using): a candidate read
   and wrote every byte of the runner's memory with it, removed the audit hook and zeroed
   callgrind's count. A Struct is initialised once now. */
typedef struct {
  PyObject_HEAD
  Py_ssize_t s_size, s_len;
  void *s_codes;
  PyObject *s_format, *weakreflist;
} StructLayout;
static initproc struct_init;

static int struct_init_once(PyObject *self, PyObject *args, PyObject *kwargs) {
  if (((StructLayout *)self)->s_codes != NULL) {
    PyErr_SetString(PyExc_TypeError, "Brisk's sandbox initialises a Struct once");
    return -1;
  }
  return struct_init(self, args, kwargs);
}

static int seal_struct(void) {
  PyObject *m = PyImport_ImportModule("_struct");
  PyObject *t = m ? PyObject_GetAttrString(m, "Struct") : NULL;
  Py_XDECREF(m);
  if (!t) return -1;
  int rc = -1;
  if (PyType_Check(t) && ((PyTypeObject *)t)->tp_basicsize == sizeof(StructLayout) && ((PyTypeObject *)t)->tp_init) {
    PyTypeObject *type = (PyTypeObject *)t;
    struct_init = type->tp_init;
    type->tp_init = struct_init_once;
    /* The __init__ wrapper in its dict calls the original directly: gone, object.__init__ refuses. */
    static const char *const init[] = {"__init__", NULL};
    rc = strip_type(type, init);
  } else PyErr_SetString(PyExc_RuntimeError, "_struct.Struct is not laid out as in CPython 3.11");
  Py_DECREF(t);
  return rc;
}

/* seal(): once, in the zygote; the harness's own Python code uses none of these attributes. */
static PyObject *py_seal(PyObject *self, PyObject *noargs) {
  static const char *const function_attrs[] = {"__globals__", "__closure__", "__builtins__", NULL};
  static const char *const frame_attrs[] = {"f_back", "f_globals", "f_locals", "f_builtins", "f_trace", NULL};
  if (strip_type(&PyFunction_Type, function_attrs) < 0 || strip_type(&PyFrame_Type, frame_attrs) < 0 || seal_struct() < 0) return NULL;
  Py_RETURN_NONE;
}

typedef struct {
  char **items;
  size_t *lens;
  int n;
} Strings;

static Strings deny_events, deny_prefixes, deny_modules, readable;
static char *pycache;
static PyObject *refusal; /* the exception type raised; the act is undone whatever it does */

static int copy_strings(PyObject *seq, Strings *out) {
  PyObject *fast = PySequence_Fast(seq, "a sequence of str");
  if (!fast) return -1;
  Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
  out->items = calloc((size_t)n + 1, sizeof(char *));
  out->lens = calloc((size_t)n + 1, sizeof(size_t));
  out->n = 0;
  for (Py_ssize_t i = 0; out->items && out->lens && i < n; i++) {
    PyObject *s = PySequence_Fast_GET_ITEM(fast, i);
    const char *c = PyUnicode_Check(s) ? PyUnicode_AsUTF8(s) : NULL;
    if (!c || !(out->items[out->n] = strdup(c))) break;
    out->lens[out->n++] = strlen(c);
  }
  Py_DECREF(fast);
  if (!out->items || !out->lens || out->n != n) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "a sequence of str");
    return -1;
  }
  return 0;
}

static int has_string(const Strings *s, const char *x, size_t len) {
  for (int k = 0; k < s->n; k++)
    if (s->lens[k] == len && s->items[k][0] == x[0] && memcmp(s->items[k], x, len) == 0) return 1;
  return 0;
}

static int has_prefix(const Strings *s, const char *x) {
  for (int k = 0; k < s->n; k++)
    if (s->items[k][0] == x[0] && strncmp(x, s->items[k], s->lens[k]) == 0) return 1;
  return 0;
}

static int refuse(const char *what, const char *detail) {
  PyErr_Format(refusal, "Brisk's sandbox refuses %s%s", what, detail ? detail : "");
  return -1;
}

/* A path as the kernel will see it: str or bytes only (a path-like object's __fspath__ is the
   candidate's code, and could answer the check and the open differently); the converter
   refuses an embedded NUL. */
static PyObject *path_bytes(PyObject *path) {
  if (!PyUnicode_Check(path) && !PyBytes_Check(path)) return NULL;
  PyObject *b = NULL;
  if (!PyUnicode_FSConverter(path, &b)) {
    PyErr_Clear();
    return NULL;
  }
  return b;
}

/* 1 readable, 0 not, -1 missing. */
static int readable_path(const char *p) {
  char real[PATH_MAX];
  if (!realpath(p, real)) return errno == ENOENT || errno == ENOTDIR ? -1 : 0;
  size_t n = strlen(real);
  if (n + 2 > sizeof real) return 0;
  real[n] = '/'; /* the prefixes end in a separator; a directory itself is inside */
  real[n + 1] = 0;
  return has_prefix(&readable, real);
}

static int on_open(PyObject *args) {
  PyObject *path, *mode, *flags;
  if (!PyArg_ParseTuple(args, "OOO", &path, &mode, &flags)) return -1;
  if (PyLong_Check(path)) {
    long fd = PyLong_AsLong(path);
    if (fd >= 0 && fd <= 2) return 0;
    if (PyErr_Occurred()) PyErr_Clear();
    return refuse("opening a descriptor", NULL);
  }
  if (PyUnicode_Check(mode)) {
    const char *m = PyUnicode_AsUTF8(mode);
    if (!m || strpbrk(m, "wax+")) return refuse("writing files", NULL);
  } else if (mode != Py_None) return refuse("an open mode that is not a str", NULL);
  if (PyLong_Check(flags)) {
    long f = PyLong_AsLong(flags);
    if (f == -1 && PyErr_Occurred()) return -1;
    if (f & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) return refuse("writing files", NULL);
  } else if (flags != Py_None) return refuse("open flags that are not an int", NULL);
  PyObject *b = path_bytes(path);
  if (!b) return refuse("opening a path that is not a str or bytes", NULL);
  const char *p = PyBytes_AS_STRING(b);
  int rc = 0;
  if (strcmp(p, "/dev/stdin") == 0) rc = 0;
  else if (strncmp(p, pycache, strlen(pycache)) == 0) {
    PyErr_SetString(PyExc_FileNotFoundError, p); /* a cache miss: the import compiles the source */
    rc = -1;
  } else {
    int r = readable_path(p);
    if (r < 0) {
      errno = ENOENT;
      PyErr_SetFromErrnoWithFilename(PyExc_FileNotFoundError, p);
      rc = -1;
    } else if (r == 0) rc = refuse("reading ", p);
    else {
      /* A directory's descriptor would resolve a later relative path (dir_fd) the hook never sees. */
      struct stat st;
      if (stat(p, &st) != 0 || S_ISDIR(st.st_mode)) rc = refuse("opening a directory: ", p);
    }
  }
  Py_DECREF(b);
  return rc;
}

/* A module name: letters, digits, '_', '.' and non-ASCII letters only. A NUL ended the C
   string early: "x\0._ctypes" was checked as "x", and the interpreter ran PyInit__ctypes. */
static int plain_name(const char *s, Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!(c >= 0x80 || c == '_' || c == '.' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) return 0;
  }
  return n > 0;
}

/* The file of a native module named as a refused module ("_ctypes.cpython-311-....so"). */
static int refused_file(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t len = strcspn(base, ".");
  return has_string(&deny_modules, base, len);
}

/* An extension's init function is named after the last part of its module name ("x._brisk"
   runs _brisk's again), so every part is checked; a native file must be the standard library's
   and not one of a refused module. */
static int on_import(PyObject *args) {
  PyObject *name = PyTuple_Size(args) > 0 ? PyTuple_GetItem(args, 0) : NULL;
  PyObject *native = PyTuple_Size(args) > 1 ? PyTuple_GetItem(args, 1) : NULL;
  if (!name || !PyUnicode_Check(name)) return refuse("an import without a str name", NULL);
  Py_ssize_t n;
  const char *s = PyUnicode_AsUTF8AndSize(name, &n);
  if (!s) return -1;
  if (!plain_name(s, n)) return refuse("an import of a name with characters no module has", NULL);
  for (const char *part = s;;) {
    const char *dot = strchr(part, '.');
    size_t len = dot ? (size_t)(dot - part) : strlen(part);
    if (has_string(&deny_modules, part, len)) return refuse("import of ", s);
    if (!dot) break;
    part = dot + 1;
  }
  if (native && native != Py_None) {
    PyObject *b = path_bytes(native);
    int ok = b && readable_path(PyBytes_AS_STRING(b)) == 1 && !refused_file(PyBytes_AS_STRING(b));
    Py_XDECREF(b);
    if (!ok) return refuse("loading native code for ", s);
  }
  return 0;
}

static int audit_hook(const char *event, PyObject *args, void *data) {
  if (strcmp(event, "open") == 0) return on_open(args);
  if (strcmp(event, "import") == 0) return on_import(args);
  if (has_string(&deny_events, event, strlen(event)) || has_prefix(&deny_prefixes, event)) return refuse(event, NULL);
  return 0;
}

/* audit_lists(events, prefixes, modules, readable_dirs, pycache, refusal_type): copies the
   hook's lists into C, once, in the zygote (so that no runner pays for it). */
static PyObject *py_audit_lists(PyObject *self, PyObject *args) {
  PyObject *events, *prefixes, *modules, *dirs, *type;
  const char *cache;
  if (brisk_role != ROLE_ZYGOTE || refusal) return PyErr_Format(PyExc_RuntimeError, "audit_lists() once, in the zygote");
  if (!PyArg_ParseTuple(args, "OOOOsO", &events, &prefixes, &modules, &dirs, &cache, &type)) return NULL;
  if (!PyExceptionClass_Check(type)) return PyErr_Format(PyExc_TypeError, "an exception type");
  if (copy_strings(events, &deny_events) || copy_strings(prefixes, &deny_prefixes) || copy_strings(modules, &deny_modules) || copy_strings(dirs, &readable))
    return NULL;
  if (!(pycache = strdup(cache))) return PyErr_NoMemory();
  Py_INCREF(type);
  refusal = type;
  Py_RETURN_NONE;
}

/* audit(): installs the hook in this runner, once. */
static PyObject *py_audit(PyObject *self, PyObject *noargs) {
  static int installed = 0;
  if (brisk_role != ROLE_RUNNER || installed || !refusal) return PyErr_Format(PyExc_RuntimeError, "audit() once per runner, after audit_lists()");
  if (PySys_AddAuditHook(audit_hook, NULL) < 0) return NULL;
  installed = 1;
  Py_RETURN_NONE;
}
