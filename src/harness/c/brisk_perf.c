/* Hardware instruction counter around the measured call only: perf_event_open on this thread,
   user space only, opened disabled and enabled/disabled in-process (no syscall of the harness
   but the two ioctls falls inside). Loaded by the Python harness via ctypes.PyDLL; the node
   addon (brisk_perf_node.c) includes this file. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <linux/perf_event.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int brisk_perf_fd = -1;

/* Opens the counter; returns 0, or the errno of perf_event_open (ENOENT: no PMU). */
int brisk_perf_open(void) {
  struct perf_event_attr attr;
  memset(&attr, 0, sizeof attr);
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_HARDWARE;
  attr.config = PERF_COUNT_HW_INSTRUCTIONS;
  attr.disabled = 1;
  attr.exclude_kernel = 1;
  attr.exclude_hv = 1;
  long fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
  if (fd < 0) return errno;
  brisk_perf_fd = (int)fd;
  return 0;
}

/* The symbolic name of an errno value, e.g. "ENOENT". */
const char *brisk_perf_errname(int err) {
  const char *name = strerrorname_np(err);
  return name ? name : "E?";
}

void brisk_perf_start(void) {
  ioctl(brisk_perf_fd, PERF_EVENT_IOC_RESET, 0);
  ioctl(brisk_perf_fd, PERF_EVENT_IOC_ENABLE, 0);
}

/* Stops the counter and returns its value, or -1 when it cannot be read. */
long long brisk_perf_stop(void) {
  ioctl(brisk_perf_fd, PERF_EVENT_IOC_DISABLE, 0);
  long long count = 0;
  if (read(brisk_perf_fd, &count, sizeof count) != (ssize_t)sizeof count) return -1;
  return count;
}
