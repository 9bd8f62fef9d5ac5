/* Call process: one runner from its fork to its reaping, in C. The same loop was Python; every
   object it touched was a page shared with the live runner, so each runner cost the call process
   about 126 copy-on-write faults (0.3 ms) besides the interpreter's own work. Here it touches a
   stack frame and a buffer. Waits for the runner's "R" at each gate and its tagged frame, under
   a CPU limit (from the last go) and a wall window that load cannot end (a runner still using
   CPU gets another window, up to 20); reads clocks and peaks from outside while it waits. */
#include <poll.h>
#include <time.h>

#define SUPERVISE_FRAME_CAP (128u << 20)

enum {
  RUN_RESULT = 0,   /* a frame: kind, payload */
  RUN_TIMEOUT = 1,  /* limit: 'c' (CPU) or 'w' (wall) */
  RUN_DIED = 2,     /* no frame; status holds the wait status */
  RUN_BAD = 3,      /* something other than the frame on the result pipe */
  RUN_OVERFLOW = 4, /* a frame larger than the cap */
  RUN_EXTRA_GATE = 5,
  RUN_PERF_ERROR = 6, /* perf_errno holds the error */
};

struct run_limits {
  long long cpu_limit_ns; /* < 0: none */
  double window_s;
  double tick_s;
  int gates;        /* 0 (ungated: limited from the fork), 1 or 2 */
  int reset_rss;    /* memory pass: reset the peak at the last gate */
  int perf;         /* open an instruction counter at the first gate */
};

struct run_outcome {
  int ev;
  char limit;
  int status;
  int perf_errno;
  int passed;
  char kind;
  char *payload; /* malloc'd, payload_len bytes (kind 'O' or 'E') */
  size_t payload_len;
  long long cpu_ns; /* -1: unread */
  long long setup_ns; /* -1: none */
  long long rss;    /* -1: none */
  long long instructions; /* -1: none */
};

static double sup_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The runner's CPU time (its threads included), or -1 once it is gone. */
static long long sup_cpu(pid_t pid) {
  struct timespec t;
  if (clock_gettime((clockid_t)(((unsigned)~pid << 3) | 2), &t) != 0) return -1;
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int sup_reset_rss(pid_t pid) {
  char path[48];
  snprintf(path, sizeof path, "/proc/%d/clear_refs", (int)pid);
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  int ok = write(fd, "5", 1) == 1;
  close(fd);
  return ok;
}

static long long sup_rss_peak(pid_t pid) {
  char path[48], text[4096];
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return -1;
  text[n] = 0;
  const char *p = strstr(text, "VmHWM:");
  return p ? strtoll(p + 6, NULL, 10) * 1024 : -1;
}

/* Reaps the runner (a gentle end waits 2 s for it to exit first); its wait status. */
static int sup_reap(pid_t pid, int gently) {
  if (!gently) kill(pid, SIGKILL);
  int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
  double deadline = sup_now() + 2;
  int status = 0;
  for (;;) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      status = 0;
      break;
    }
    if (sup_now() > deadline) {
      kill(pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
      break;
    }
    if (pidfd >= 0) {
      struct pollfd p = {pidfd, POLLIN, 0};
      poll(&p, 1, 500);
    } else {
      usleep(1000);
    }
  }
  if (pidfd >= 0) close(pidfd);
  return status;
}

/* The frame reader: "R" (ready at a gate) at the buffer's start, then "<kind> <length> <tag>\n"
   and the payload. 0: more to read; 1: frame complete; RUN_BAD or RUN_OVERFLOW. */
struct sup_reader {
  char *buf;
  size_t n, cap;
  int ready;
};

static int sup_parse(struct sup_reader *r, struct run_outcome *out) {
  if (r->n > 0 && r->buf[0] == 'R') {
    memmove(r->buf, r->buf + 1, --r->n);
    r->ready = 1;
  }
  char *nl = memchr(r->buf, '\n', r->n);
  if (!nl) return r->n > 96 ? RUN_BAD : 0;
  size_t head = (size_t)(nl - r->buf);
  char line[97];
  if (head > 96) return RUN_BAD;
  memcpy(line, r->buf, head);
  line[head] = 0;
  /* "<O|E> <digits> <tag>": exactly as the runner writes it, nothing else. */
  char kind = line[0];
  if ((kind != 'O' && kind != 'E') || line[1] != ' ') return RUN_BAD;
  char *p = line + 2, *digits = p;
  while (*p >= '0' && *p <= '9') p++;
  if (p == digits || *p != ' ' || p - digits > 12) return RUN_BAD;
  *p = 0;
  if (strcmp(p + 1, brisk_frame_tag) != 0) return RUN_BAD;
  unsigned long long size = strtoull(digits, NULL, 10);
  if (size > SUPERVISE_FRAME_CAP) return RUN_OVERFLOW;
  if (r->n - head - 1 < size) return 0;
  out->kind = kind;
  out->payload = malloc(size ? size : 1);
  if (!out->payload) abort();
  memcpy(out->payload, nl + 1, size);
  out->payload_len = size;
  return 1;
}

/* 1 read: 0 more, 1 frame, -1 end of file, or RUN_BAD / RUN_OVERFLOW (as negative - 10). */
static int sup_pump(int fd, struct sup_reader *r, struct run_outcome *out) {
  if (r->cap - r->n < (1u << 16)) {
    size_t cap = r->cap ? r->cap * 2 : (1u << 16);
    char *q = realloc(r->buf, cap);
    if (!q) abort();
    r->buf = q;
    r->cap = cap;
  }
  ssize_t got;
  do got = read(fd, r->buf + r->n, r->cap - r->n);
  while (got < 0 && errno == EINTR);
  if (got <= 0) return -1;
  r->n += (size_t)got;
  if (r->n > SUPERVISE_FRAME_CAP + 256) return -10 - RUN_OVERFLOW;
  int s = sup_parse(r, out);
  return s == RUN_BAD || s == RUN_OVERFLOW ? -10 - s : s;
}

/* Supervises the runner pid (result pipe r_fd, gate pipe g_fd or -1) to its end and reaps it. */
static void core_supervise(pid_t pid, int r_fd, int g_fd, const struct run_limits *lim, struct run_outcome *out) {
  memset(out, 0, sizeof *out);
  out->cpu_ns = out->setup_ns = out->rss = out->instructions = -1;
  double started = sup_now(), wall_end = started + lim->window_s, hard_end = started + 20 * lim->window_s;
  long long win_cpu = sup_cpu(pid), t0 = g_fd >= 0 ? -1 : sup_cpu(pid);
  if (win_cpu < 0) win_cpu = 0;
  double win_t = started;
  int gates = g_fd >= 0 ? lim->gates : 0, passed = 0, rss_on = 0, counter = -1;
  long long grace = gates > 1 ? 1000000000LL : 0;
  struct sup_reader rd = {0};
  for (;;) {
    double now = sup_now();
    long long cpu = sup_cpu(pid);
    if (now >= wall_end && cpu >= 0 && now < hard_end && (double)(cpu - win_cpu) >= 0.05e9 * (now - win_t)) {
      wall_end = now + lim->window_s;
      win_cpu = cpu;
      win_t = now;
    }
    double left = wall_end - now;
    if (left <= 0 || (lim->cpu_limit_ns >= 0 && t0 >= 0 && cpu >= 0 && cpu - t0 > lim->cpu_limit_ns + grace)) {
      out->ev = RUN_TIMEOUT;
      out->limit = left <= 0 ? 'w' : 'c';
      out->cpu_ns = t0 >= 0 && cpu >= 0 ? cpu - t0 : -1;
      sup_reap(pid, 0);
      goto done;
    }
    double wait = left < lim->tick_s ? left : lim->tick_s;
    struct pollfd p = {r_fd, POLLIN, 0};
    int ready = poll(&p, 1, (int)(wait * 1000) + 1);
    if (ready <= 0) continue;
    int s = sup_pump(r_fd, &rd, out);
    if (s == -1) {
      out->ev = RUN_DIED;
      out->status = sup_reap(pid, 1);
      goto done;
    }
    if (s <= -10) {
      out->ev = -10 - s;
      sup_reap(pid, 0);
      goto done;
    }
    if (rd.ready && passed >= gates) {
      out->ev = RUN_EXTRA_GATE;
      sup_reap(pid, 0);
      goto done;
    }
    if (rd.ready && passed == 1) {
      rd.ready = 0;
      passed = 2;
      long long c = sup_cpu(pid);
      if (c < 0) c = 0;
      out->setup_ns = c - (t0 < 0 ? 0 : t0);
      t0 = c;
      grace = 0;
      if (lim->reset_rss) rss_on = sup_reset_rss(pid);
      if (write(g_fd, "G", 1) < 0) {}
    }
    if (rd.ready && passed == 0) {
      rd.ready = 0;
      passed = 1;
      /* The peak is reset at the last gate: after a warm-up, not before it. */
      if (lim->reset_rss && gates == 1) rss_on = sup_reset_rss(pid);
      if (lim->perf) {
        counter = core_perf_open(pid);
        if (counter < 0) {
          out->ev = RUN_PERF_ERROR;
          out->perf_errno = -counter;
          sup_reap(pid, 0);
          goto done;
        }
      }
      t0 = sup_cpu(pid);
      if (t0 < 0) t0 = 0;
      if (write(g_fd, "G", 1) < 0) {}
    }
    if (s == 1) break;
  }
  {
    long long c = sup_cpu(pid);
    out->cpu_ns = (c < 0 ? 0 : c) - (t0 < 0 ? 0 : t0);
  }
  if (counter >= 0) out->instructions = core_perf_read(counter);
  if (rss_on) out->rss = sup_rss_peak(pid);
  out->ev = RUN_RESULT;
  if (g_fd >= 0) {
    close(g_fd);
    g_fd = -1;
  }
  out->status = sup_reap(pid, 1);
done:
  if (counter >= 0 && out->ev != RUN_RESULT) close(counter);
  out->passed = passed;
  free(rd.buf);
  close(r_fd);
  if (g_fd >= 0) close(g_fd);
}
