// Pure: what makes a sample's source uncompilable in every language, found before any sandbox runs.

/** Why no interpreter can compile this source, or undefined when nothing is known to stop it. */
export function sourceProblem(source: string): string | undefined {
  const at = source.indexOf('\0');
  if (at < 0) return undefined;
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `the source contains a NUL byte (line ${line}, column ${column}); no interpreter compiles it`;
}
