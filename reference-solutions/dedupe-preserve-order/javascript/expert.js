function dedupe(items) {
  // A Set keeps insertion order and ignores repeated values: building it from the array and
  // spreading it back both run inside V8's builtins, with no per-item JavaScript.
  return Array.from(new Set(items));
}
