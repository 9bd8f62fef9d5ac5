/* Callgrind client requests around the measured call only (run with --collect-atstart=no).
   Loaded by the harnesses; outside valgrind every request is a no-op. */
#include <valgrind/callgrind.h>

void brisk_start(void) { CALLGRIND_TOGGLE_COLLECT; }
void brisk_stop(void) { CALLGRIND_TOGGLE_COLLECT; }
/* Writes a dump labelled `label` and zeroes the counters. */
void brisk_dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }
int brisk_on_valgrind(void) { return RUNNING_ON_VALGRIND; }
