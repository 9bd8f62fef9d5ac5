/* The part of Brisk's supervisor that must not be written in the candidate's language: the
   zygote loop, the fork of one runner per call (counted from the fork on when the counting tool
   is armed), and the one-shot `finish` that ends a runner. Shared by the CPython extension
   (brisk_py.c) and the node addon (brisk_node.c).

   Roles (a C static the candidate cannot reach): the zygote forks job processes and never
   returns to the interpreter, so its heap never changes and every job starts from the same
   state; a job process forks runners; a runner runs one call and ends in finish(). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#ifndef CLONE_THREAD
#define CLONE_THREAD 0x00010000 /* <sched.h> names it only under _GNU_SOURCE */
#endif
#include <stddef.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include "brisk_count.h"

enum { ROLE_ZYGOTE = 0, ROLE_JOB = 1, ROLE_CALL = 2, ROLE_RUNNER = 3 };
static int brisk_role = ROLE_ZYGOTE;
static int brisk_counting = 0;
static int brisk_result_fd = -1;
static int brisk_gate_fd = -1;
/* A fresh secret per runner, in C memory only: the runner's frame carries it, so bytes the
   candidate writes to the result pipe itself (its descriptor is open in the runner) are never
   taken for the frame. The call process reads it with frame_tag() after the fork. */
static char brisk_frame_tag[33];

static void new_frame_tag(void) {
  unsigned char raw[16];
  if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw) abort();
  for (int k = 0; k < 16; k++) snprintf(brisk_frame_tag + 2 * k, 3, "%02x", raw[k]);
}

static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Closes every descriptor except those in keep (sorted ascending). */
static void close_all_but(const int *keep, int nkeep) {
  int lo = 0;
  for (int k = 0; k < nkeep; k++) {
    if (keep[k] > lo) syscall(SYS_close_range, lo, keep[k] - 1, 0);
    lo = keep[k] + 1;
  }
  syscall(SYS_close_range, lo, ~0U, 0);
}

/* V8 marks parts of its heap MADV_DONTFORK; a forked node would fault on its first bytecode.
   Every mapping gets MADV_DOFORK (harmless where it was not DONTFORK; refused ones, such as
   [vsyscall], are skipped), read from /proc/self/maps: /proc/self/smaps, which names the
   DONTFORK ones, walks every page and cost ~5 ms per fork. Mappings already done are
   remembered, so a fork pays only for what is new since the last one. */
static unsigned long fork_copy_done[2048][2];
static int fork_copy_count = 0;

__attribute__((unused)) static void allow_fork_copy(void) {
  FILE *f = fopen("/proc/self/maps", "re");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    if (sscanf(line, "%lx-%lx", &lo, &hi) != 2) continue;
    int known = 0;
    for (int k = 0; k < fork_copy_count && !known; k++) known = fork_copy_done[k][0] == lo && fork_copy_done[k][1] == hi;
    if (known) continue;
    madvise((void *)lo, hi - lo, MADV_DOFORK);
    if (fork_copy_count < 2048) {
      fork_copy_done[fork_copy_count][0] = lo;
      fork_copy_done[fork_copy_count][1] = hi;
      fork_copy_count++;
    }
  }
  fclose(f);
}

/* A frozen parent: one byte from in_fd per command. The command byte forks a child, which
   returns 0 to the interpreter with the next role; the parent stays in C (its heap never
   changes), reports the child's pid and its end on out_fd. 'Q' or EOF ends it. The zygote
   serves 'J' (a job process per sample job), a job process 'C' (a call process per call). */
static int core_serve(int in_fd, int out_fd, void (*before)(void), void (*after_parent)(void), void (*after_child)(void)) {
  if (brisk_role != ROLE_ZYGOTE && brisk_role != ROLE_JOB) abort();
  const char want = brisk_role == ROLE_ZYGOTE ? 'J' : 'C';
  const char *name = brisk_role == ROLE_ZYGOTE ? "job" : "call";
  const int next = brisk_role + 1;
  prctl(PR_SET_DUMPABLE, 0);
  prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  char line[96];
  for (;;) {
    char c;
    ssize_t r = read(in_fd, &c, 1);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0 || c == 'Q') _exit(0);
    if (c != want) continue;
    if (before) before();
    pid_t pid = fork();
    if (pid == 0) {
      if (after_child) after_child();
      brisk_role = next;
      return 0;
    }
    if (after_parent) after_parent();
    int n = snprintf(line, sizeof line, "{\"ev\":\"%s\",\"pid\":%d}\n", name, (int)pid);
    write_all(out_fd, line, (size_t)n);
    int status = 0;
    if (pid > 0) while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    n = snprintf(line, sizeof line, "{\"ev\":\"%s_end\",\"status\":%d}\n", name, pid > 0 ? status : -1);
    write_all(out_fd, line, (size_t)n);
  }
}

/* Runner: the kernel's refusals, below every language-level guard (an audit hook or a deleted
   function can be gone round; a system call cannot). No new process, program or file node, no
   view into another process, no signal to anyone but itself, no new namespace or counter, no
   kernel-side store (memfd, pipe, socket, System V or POSIX message queue, shared memory);
   threads stay allowed (they are counted). -1 when the filter cannot be installed. */
static int core_restrict_runner(void) {
  static const int denied[] = {
      __NR_fork, __NR_vfork, __NR_execve, __NR_execveat, __NR_mknod, __NR_mknodat, __NR_ptrace,
      __NR_process_vm_readv, __NR_process_vm_writev, __NR_pidfd_getfd, __NR_kcmp, __NR_unshare,
      __NR_setns, __NR_mount, __NR_umount2, __NR_pivot_root, __NR_chroot, __NR_perf_event_open,
      __NR_bpf, __NR_io_uring_setup, __NR_io_uring_enter, __NR_io_uring_register, __NR_userfaultfd,
      __NR_keyctl, __NR_add_key, __NR_request_key, __NR_init_module, __NR_finit_module, __NR_kexec_load,
      /* Kernel memory a memory figure does not see: a candidate kept 24 MB of copies in a memfd
         (os.memfd_create, os.pwrite: no audit event) at a traced peak of 99 KB. The job process
         makes the stdio memfds before the fork; a runner needs none of these. */
      __NR_memfd_create, __NR_pipe, __NR_pipe2, __NR_socket, __NR_socketpair, __NR_msgget, __NR_msgsnd,
      __NR_shmget, __NR_shmat, __NR_semget, __NR_mq_open, __NR_open_by_handle_at, __NR_name_to_handle_at,
  };
  const int ndenied = (int)(sizeof denied / sizeof denied[0]);
  /* No runner makes a file: a native module that writes without an audit event (Berkeley DB
     through _dbm) kept answers in /tmp from one runner to the next. (The counting tool opens
     its count file at the fork, before this filter, on a descriptor the guest cannot reach.) */
  static const int writes[] = {
      __NR_creat, __NR_openat2, __NR_unlink, __NR_unlinkat, __NR_rename, __NR_renameat, __NR_renameat2,
      __NR_mkdir, __NR_mkdirat, __NR_rmdir, __NR_link, __NR_linkat, __NR_symlink, __NR_symlinkat,
      __NR_truncate, __NR_fallocate,
  };
  const int nwrites = (int)(sizeof writes / sizeof writes[0]);
  const unsigned write_flags = O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND;
  struct sock_filter f[2 * (int)(sizeof denied / sizeof denied[0]) + 2 * (int)(sizeof writes / sizeof writes[0]) + 40];
  int n = 0;
#define BRISK_OP(code, k) (f[n++] = (struct sock_filter)BPF_STMT((code), (k)))
#define BRISK_JUMP(k, jt, jf) (f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), (jt), (jf)))
  const unsigned self = (unsigned)getpid();
  BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
  BRISK_JUMP(AUDIT_ARCH_X86_64, 1, 0);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
  BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
  f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1); /* x32 calls */
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
  for (int k = 0; k < ndenied; k++) {
    BRISK_JUMP((unsigned)denied[k], 0, 1);
    BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  }
  for (int k = 0; k < nwrites; k++) {
    BRISK_JUMP((unsigned)writes[k], 0, 1);
    BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  }
  /* open(path, flags) and openat(dir, path, flags) for writing; nr is loaded again after. */
  const unsigned opens[2][2] = {{__NR_open, 1}, {__NR_openat, 2}};
  for (int k = 0; k < 2; k++) {
    BRISK_JUMP(opens[k][0], 0, 3);
    BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]) + 8 * opens[k][1]);
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, write_flags, 0, 1);
    BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
    BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
  }
  /* clone3's flags lie in memory a filter cannot read: ENOSYS makes the C library use clone. */
  BRISK_JUMP(__NR_clone3, 0, 1);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
  BRISK_JUMP(__NR_clone, 0, 4);
  BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
  f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  BRISK_JUMP(__NR_kill, 1, 0);
  BRISK_JUMP(__NR_tgkill, 0, 4);
  BRISK_OP(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
  BRISK_JUMP(self, 0, 1);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
  BRISK_OP(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
#undef BRISK_OP
#undef BRISK_JUMP
  struct sock_fprog prog = {(unsigned short)n, f};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0 ? 0 : -1;
}

/* A new open file description of what fd is, with only the given access (left as it is
   where /proc is missing). */
static void reopen_as(int fd, int access) {
  char path[32];
  snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
  int again = open(path, access);
  if (again < 0) return;
  if (again != fd) {
    dup2(again, fd);
    close(again);
  }
}

/* A call command's budget, kept as its fixed-width digits until here: a number made in the
   interpreter would shape the call process's heap by its size (a small int is cached, a large
   one allocated), and with it the runner's count. 0 or no digits: no budget. */
static unsigned long long parse_budget(const char *digits) {
  unsigned long long n = 0;
  for (const char *p = digits; *p >= '0' && *p <= '9'; p++) n = n * 10 + (unsigned long long)(*p - '0');
  return n;
}

/* Call process: forks one runner. When counting, the tool counts the child from the fork to
   its finish(), and ends it past budget instructions (0: no budget); the call process itself
   is never counted. */
static pid_t core_fork_runner(int count, unsigned long long budget, const int stdio[3], int result_fd, int gate_fd, void (*before)(void), void (*after_parent)(void), void (*after_child)(void)) {
  if (brisk_role != ROLE_CALL) abort();
  new_frame_tag();
  if (before) before();
  if (count) BRISK_COUNT_ARM_NEXT_FORK(budget);
  pid_t pid = fork();
  if (pid != 0) {
    if (after_parent) after_parent();
    return pid;
  }
  brisk_role = ROLE_RUNNER;
  brisk_counting = count;
  /* Its own stdin, stdout and stderr on 0-2 (the host's pipes are gone), the result pipe and
     the gate; nothing else. */
  for (int k = 0; k < 3; k++)
    if (stdio[k] != k) dup2(stdio[k], k);
  /* Read-only stdin, write-only stdout and stderr: the call process's memfds are read-write,
     and a candidate kept 50 MiB in its stdin (pwrite/pread at far offsets: no audit event, no
     permission check, in no memory figure). */
  reopen_as(0, O_RDONLY);
  reopen_as(1, O_WRONLY);
  reopen_as(2, O_WRONLY);
  int keep[5] = {0, 1, 2, result_fd, gate_fd};
  int nkeep = gate_fd >= 0 ? 5 : 4;
  if (nkeep == 5 && gate_fd < result_fd) {
    keep[3] = gate_fd;
    keep[4] = result_fd;
  }
  close_all_but(keep, nkeep);
  brisk_result_fd = result_fd;
  brisk_gate_fd = gate_fd;
  /* Dumpable again, so the job process may read and reset this runner's RSS peak. */
  prctl(PR_SET_DUMPABLE, 1);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (after_child) after_child();
  if (core_restrict_runner() != 0) _exit(76); /* the system-call filter could not be installed */
  return 0;
}

/* Runner: says it is ready and waits for the job process's go (time and memory passes). */
static int core_gate(void) {
  if (brisk_role != ROLE_RUNNER || brisk_gate_fd < 0) return 0;
  if (write_all(brisk_result_fd, "R", 1) < 0) _exit(70);
  char c;
  ssize_t r;
  do r = read(brisk_gate_fd, &c, 1);
  while (r < 0 && errno == EINTR);
  if (r != 1) _exit(71);
  return 1;
}

/* Runner: stops counting before anything of the harness runs, then sends one frame and
   exits. A second call cannot happen: the process ends here. With a gate it first waits for
   the job process to close it, so the job process can read this process's clocks and peaks. */
static void core_stop_counting(void) {
  if (brisk_counting) {
    BRISK_COUNT_STOP_HERE();
    brisk_counting = 0;
  }
}

static void core_send_and_exit(char kind, const char *payload, size_t len) {
  char head[96];
  int n = snprintf(head, sizeof head, "%c %zu %s\n", kind, len, brisk_frame_tag);
  if (write_all(brisk_result_fd, head, (size_t)n) < 0 || write_all(brisk_result_fd, payload, len) < 0) _exit(72);
  if (brisk_gate_fd >= 0) {
    char c;
    for (;;) {
      ssize_t r = read(brisk_gate_fd, &c, 1);
      if (r > 0 || (r < 0 && errno == EINTR)) continue;
      break;
    }
  }
  _exit(0);
}

/* The perf meter, from outside the runner: a hardware instruction counter on the runner's
   process (its threads included), opened disabled by the call process, enabled at the go and
   read once the frame is in. The runner holds no descriptor of it. -errno on failure. */
static int core_perf_open(pid_t pid) {
  struct perf_event_attr a;
  memset(&a, 0, sizeof a);
  a.size = sizeof a;
  a.type = PERF_TYPE_HARDWARE;
  a.config = PERF_COUNT_HW_INSTRUCTIONS;
  a.disabled = 1;
  a.inherit = 1;
  a.exclude_kernel = 1;
  a.exclude_hv = 1;
  long fd = syscall(SYS_perf_event_open, &a, pid, -1, -1, 0);
  if (fd < 0) return -errno;
  ioctl((int)fd, PERF_EVENT_IOC_RESET, 0);
  ioctl((int)fd, PERF_EVENT_IOC_ENABLE, 0);
  return (int)fd;
}

static long long core_perf_read(int fd) {
  long long n = -1;
  ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
  if (read(fd, &n, sizeof n) != (ssize_t)sizeof n) n = -1;
  close(fd);
  return n;
}
