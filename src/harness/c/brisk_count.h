/* Client requests of Brisk's counting tool (brisk_count_tool.c), the instruction meter's
   valgrind tool. Outside that tool they are no-ops, like every client request. */
#ifndef BRISK_COUNT_H
#define BRISK_COUNT_H
#include <valgrind/valgrind.h>

enum {
  /* Call process, just before it forks a runner: the child counts from its first instruction,
     and is ended once its count passes the budget (the argument; 0 for none). */
  BRISK_COUNT_ARM = VG_USERREQ_TOOL_BASE('B', 'C'),
  /* Runner, in finish(): the count is final; what still runs until exit is the tail. */
  BRISK_COUNT_STOP,
};

#define BRISK_COUNT_ARM_NEXT_FORK(budget) VALGRIND_DO_CLIENT_REQUEST_STMT(BRISK_COUNT_ARM, (budget), 0, 0, 0, 0)
#define BRISK_COUNT_STOP_HERE() VALGRIND_DO_CLIENT_REQUEST_STMT(BRISK_COUNT_STOP, 0, 0, 0, 0, 0)

#endif
