/* The cycles meter's cache model, for the counting tool (brisk_count_tool.c): a fixed geometry,
   whatever the host's caches, so estimated cycles are the same on every machine.
   I1 and D1: 32 KiB, 8-way, 64-byte lines; LL (unified, filled on every L1 miss): 8 MiB,
   16-way. Least recently used replacement; a write allocates like a read (as cachegrind).
   Estimated cycles = L1 hits + 5 x LL hits + 35 x RAM accesses (the weighting iai and
   iai-callgrind use), computed on the host from the three counts kept here. */
#ifndef BRISK_CACHE_MODEL_H
#define BRISK_CACHE_MODEL_H

#define LINE_BITS 6
#define L1_SETS 64
#define L1_WAYS 8
#define LL_SETS 8192
#define LL_WAYS 16

typedef struct {
  UInt sets, ways;
  /* Per set, its lines (line number + 1; 0 is empty), most recently used first. */
  ULong *lines;
} CacheLevel;

static ULong i1_store[L1_SETS * L1_WAYS], d1_store[L1_SETS * L1_WAYS], ll_store[LL_SETS * LL_WAYS];
static CacheLevel i1 = {L1_SETS, L1_WAYS, i1_store}, d1 = {L1_SETS, L1_WAYS, d1_store}, ll = {LL_SETS, LL_WAYS, ll_store};

/* Data accesses (reads and writes), L1 misses (instruction and data), LL misses. */
static ULong data_accesses = 0, l1_misses = 0, ll_misses = 0;

/* Every runner starts cold: what its call process touched before the fork is not its cost. */
static void cache_reset(void) {
  VG_(memset)(i1_store, 0, sizeof i1_store);
  VG_(memset)(d1_store, 0, sizeof d1_store);
  VG_(memset)(ll_store, 0, sizeof ll_store);
  data_accesses = l1_misses = ll_misses = 0;
}

/* Looks a line up in one level, making it the most recent; True on a hit. */
static Bool cache_ref(CacheLevel *c, Addr line) {
  ULong *set = c->lines + (line & (c->sets - 1)) * c->ways;
  ULong tag = (ULong)line + 1;
  if (set[0] == tag) return True;
  UInt w = 1;
  while (w < c->ways && set[w] != tag) w++;
  Bool hit = w < c->ways;
  if (!hit) w = c->ways - 1;
  for (; w > 0; w--) set[w] = set[w - 1];
  set[0] = tag;
  return hit;
}

static void cache_line(CacheLevel *l1, Addr line) {
  if (cache_ref(l1, line)) return;
  l1_misses++;
  if (!cache_ref(&ll, line)) ll_misses++;
}

/* One data access of size bytes at a: its line, and the next when it straddles one. */
static void cache_data(Addr a, UWord size) {
  data_accesses++;
  Addr first = a >> LINE_BITS, last = (a + (size > 0 ? size - 1 : 0)) >> LINE_BITS;
  cache_line(&d1, first);
  if (last != first) cache_line(&d1, last);
}

#endif
