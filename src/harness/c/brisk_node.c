/* N-API addon of the node supervisor: the zygote loop, runner forks, the one-shot finish() and
   the few system calls node has no synchronous API for (pipes, memfds, poll, waitpid, another
   process's CPU clock and RSS peak). The candidate may call any of these: role checks make
   them useless to it (finish ends its process; the forks abort in a runner). */
#include <node_api.h>
#include <poll.h>
#include <sys/resource.h>
#include <time.h>
#include <uv.h>
#include "runner_core.h"

#define ARGS(n)                                                   \
  size_t argc = (n);                                              \
  napi_value argv[(n) > 0 ? (n) : 1];                             \
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);

static int int_arg(napi_env env, napi_value v) {
  int32_t x = -1;
  napi_get_value_int32(env, v, &x);
  return x;
}

static napi_value num(napi_env env, double x) {
  napi_value r;
  napi_create_double(env, x, &r);
  return r;
}

static void after_child(void) { uv_loop_fork(uv_default_loop()); }

static napi_value serve(napi_env env, napi_callback_info info) {
  ARGS(2);
  core_serve(int_arg(env, argv[0]), int_arg(env, argv[1]), allow_fork_copy, NULL, after_child);
  return num(env, 0);
}

/* frameTag() -> the secret the last forked runner's frame must carry (call process only) */
static napi_value frame_tag(napi_env env, napi_callback_info info) {
  napi_value out;
  if (brisk_role != ROLE_CALL) {
    napi_throw_error(env, NULL, "frameTag() outside a call process");
    return NULL;
  }
  napi_create_string_latin1(env, brisk_frame_tag, NAPI_AUTO_LENGTH, &out);
  return out;
}

/* forkRunner(count, stdin, stdout, stderr, resultFd, gateFd, budget) -> pid (0 in the runner) */
static napi_value fork_runner(napi_env env, napi_callback_info info) {
  ARGS(7);
  bool count = false;
  napi_get_value_bool(env, argv[0], &count);
  int stdio[3] = {int_arg(env, argv[1]), int_arg(env, argv[2]), int_arg(env, argv[3])};
  int result_fd = int_arg(env, argv[4]), gate_fd = int_arg(env, argv[5]);
  char budget[32] = "";
  size_t budget_len = 0;
  napi_get_value_string_latin1(env, argv[6], budget, sizeof budget, &budget_len);
  if (result_fd < 3 || (gate_fd >= 0 && gate_fd < 3)) {
    napi_throw_range_error(env, NULL, "result and gate descriptors must be above 2");
    return NULL;
  }
  return num(env, core_fork_runner(count, parse_budget(budget), stdio, result_fd, gate_fd, allow_fork_copy, NULL, after_child));
}

static napi_value gate(napi_env env, napi_callback_info info) {
  napi_value r;
  napi_get_boolean(env, core_gate(), &r);
  return r;
}

static char *utf8_arg(napi_env env, napi_value v, size_t *len) {
  size_t n = 0;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return NULL;
  char *p = malloc(n + 1);
  if (p) napi_get_value_string_utf8(env, v, p, n + 1, len);
  return p;
}

/* finish(payload): the JSON text {"v":...,"peak":...}, built by the runner inside the counted
   region; stops counting, sends it, ends the process. */
static napi_value finish(napi_env env, napi_callback_info info) {
  ARGS(1);
  if (brisk_role != ROLE_RUNNER) {
    napi_throw_error(env, NULL, "finish() outside a runner");
    return NULL;
  }
  size_t len = 0;
  char *p = utf8_arg(env, argv[0], &len);
  core_stop_counting();
  if (!p) _exit(74);
  core_send_and_exit('O', p, len);
  return NULL;
}

static void put_json_string(char **out, size_t *n, size_t *cap, const char *s, size_t len) {
  for (size_t k = 0; k <= len + 1; k++) {
    if (*n + 8 > *cap) {
      *cap = *cap * 2 + 64;
      *out = realloc(*out, *cap);
      if (!*out) _exit(75);
    }
    if (k == 0 || k == len + 1) {
      (*out)[(*n)++] = '"';
      continue;
    }
    unsigned char c = (unsigned char)s[k - 1];
    if (c == '"' || c == '\\') {
      (*out)[(*n)++] = '\\';
      (*out)[(*n)++] = (char)c;
    } else if (c < 0x20) {
      *n += (size_t)snprintf(*out + *n, 8, "\\u%04x", c);
    } else {
      (*out)[(*n)++] = (char)c;
    }
  }
}

/* fail(type, message): the call threw; sends an 'E' frame and ends the process. */
static napi_value fail(napi_env env, napi_callback_info info) {
  ARGS(2);
  if (brisk_role != ROLE_RUNNER) {
    napi_throw_error(env, NULL, "fail() outside a runner");
    return NULL;
  }
  core_stop_counting();
  size_t tl = 0, ml = 0;
  char *t = utf8_arg(env, argv[0], &tl), *m = utf8_arg(env, argv[1], &ml);
  if (ml > 2000) ml = 2000;
  if (tl > 200) tl = 200;
  size_t n = 0, cap = 256;
  char *out = malloc(cap);
  if (!out) _exit(75);
  n += (size_t)snprintf(out, cap, "{\"type\":");
  put_json_string(&out, &n, &cap, t ? t : "Error", t ? tl : 5);
  if (n + 16 > cap) out = realloc(out, cap = n + 16);
  memcpy(out + n, ",\"message\":", 11);
  n += 11;
  put_json_string(&out, &n, &cap, m ? m : "", m ? ml : 0);
  if (n + 2 > cap) out = realloc(out, cap = n + 2);
  out[n++] = '}';
  core_send_and_exit('E', out, n);
  return NULL;
}

static napi_value make_pipe(napi_env env, napi_callback_info info) {
  int fds[2];
  if (pipe(fds) != 0) {
    napi_throw_error(env, NULL, strerror(errno));
    return NULL;
  }
  napi_value arr;
  napi_create_array_with_length(env, 2, &arr);
  napi_set_element(env, arr, 0, num(env, fds[0]));
  napi_set_element(env, arr, 1, num(env, fds[1]));
  return arr;
}

/* /dev/null, which node's permission model would not let the supervisor open itself. */
static napi_value devnull(napi_env env, napi_callback_info info) {
  int fd = open("/dev/null", O_RDWR);
  if (fd < 0) napi_throw_error(env, NULL, strerror(errno));
  return num(env, fd);
}

static napi_value memfd(napi_env env, napi_callback_info info) {
  int fd = (int)syscall(SYS_memfd_create, "brisk", 0);
  if (fd < 0) napi_throw_error(env, NULL, strerror(errno));
  return num(env, fd);
}

/* pollIn(fd, ms) -> true when fd is readable (or closed) within ms. */
static napi_value poll_in(napi_env env, napi_callback_info info) {
  ARGS(2);
  struct pollfd p = {.fd = int_arg(env, argv[0]), .events = POLLIN};
  int r;
  do r = poll(&p, 1, int_arg(env, argv[1]));
  while (r < 0 && errno == EINTR);
  napi_value b;
  napi_get_boolean(env, r > 0, &b);
  return b;
}

/* waitPid(pid, block) -> -1 while running, else the raw wait status. */
static napi_value wait_pid(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool block = false;
  napi_get_value_bool(env, argv[1], &block);
  int status = 0;
  pid_t r;
  do r = waitpid(int_arg(env, argv[0]), &status, block ? 0 : WNOHANG);
  while (r < 0 && errno == EINTR);
  return num(env, r > 0 ? status : -1);
}

static napi_value kill_pid(napi_env env, napi_callback_info info) {
  ARGS(1);
  kill(int_arg(env, argv[0]), SIGKILL);
  return NULL;
}

/* cpuNs(pid): the process's CPU time (all threads), ns; -1 when it is gone. */
static napi_value cpu_ns(napi_env env, napi_callback_info info) {
  ARGS(1);
  pid_t pid = int_arg(env, argv[0]);
  clockid_t clk = (clockid_t)((~(unsigned)pid << 3) | 2);
  struct timespec ts;
  if (clock_gettime(clk, &ts) != 0) return num(env, -1);
  return num(env, (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec);
}

/* rss(pid, reset): resets the RSS peak (clear_refs 5) or reads VmHWM in bytes; -1 on failure. */
static napi_value rss(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool reset = false;
  napi_get_value_bool(env, argv[1], &reset);
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/%s", int_arg(env, argv[0]), reset ? "clear_refs" : "status");
  if (reset) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    int ok = fd >= 0 && write(fd, "5", 1) == 1;
    if (fd >= 0) close(fd);
    return num(env, ok ? 0 : -1);
  }
  FILE *f = fopen(path, "re");
  if (!f) return num(env, -1);
  char line[256];
  double kb = -1;
  while (fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %lf kB", &kb) == 1) break;
  fclose(f);
  return num(env, kb < 0 ? -1 : kb * 1024);
}

/* exit(code): a forked node must not run node's exit path, which waits on threads that exist
   only in the zygote. */
static napi_value exit_now(napi_env env, napi_callback_info info) {
  ARGS(1);
  _exit(int_arg(env, argv[0]));
  return NULL;
}

/* limitData(bytes): the runner's data limit (node's typed arrays and heap live in it). */
static napi_value limit_data(napi_env env, napi_callback_info info) {
  ARGS(1);
  double b = 0;
  napi_get_value_double(env, argv[0], &b);
  struct rlimit r = {(rlim_t)b, (rlim_t)b};
  setrlimit(RLIMIT_DATA, &r);
  return NULL;
}

static napi_value perf_open(napi_env env, napi_callback_info info) {
  ARGS(1);
  return num(env, core_perf_open(int_arg(env, argv[0])));
}

static napi_value perf_read(napi_env env, napi_callback_info info) {
  ARGS(1);
  return num(env, (double)core_perf_read(int_arg(env, argv[0])));
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"serve", NULL, serve, NULL, NULL, NULL, napi_default, NULL},
      {"forkRunner", NULL, fork_runner, NULL, NULL, NULL, napi_default, NULL},
      {"frameTag", NULL, frame_tag, NULL, NULL, NULL, napi_default, NULL},
      {"gate", NULL, gate, NULL, NULL, NULL, napi_default, NULL},
      {"finish", NULL, finish, NULL, NULL, NULL, napi_default, NULL},
      {"fail", NULL, fail, NULL, NULL, NULL, napi_default, NULL},
      {"pipe", NULL, make_pipe, NULL, NULL, NULL, napi_default, NULL},
      {"memfd", NULL, memfd, NULL, NULL, NULL, napi_default, NULL},
      {"devnull", NULL, devnull, NULL, NULL, NULL, napi_default, NULL},
      {"pollIn", NULL, poll_in, NULL, NULL, NULL, napi_default, NULL},
      {"waitPid", NULL, wait_pid, NULL, NULL, NULL, napi_default, NULL},
      {"kill", NULL, kill_pid, NULL, NULL, NULL, napi_default, NULL},
      {"cpuNs", NULL, cpu_ns, NULL, NULL, NULL, napi_default, NULL},
      {"rss", NULL, rss, NULL, NULL, NULL, napi_default, NULL},
      {"exit", NULL, exit_now, NULL, NULL, NULL, napi_default, NULL},
      {"limitData", NULL, limit_data, NULL, NULL, NULL, napi_default, NULL},
      {"perfOpen", NULL, perf_open, NULL, NULL, NULL, napi_default, NULL},
      {"perfRead", NULL, perf_read, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}
