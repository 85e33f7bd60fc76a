/**
 * `"queued" | "running" | "failed" | "completed"` → the literals sorted. The checker prints a union's members in the
 * order their types were first created, which moves when unrelated code mentions one of them first: the same API
 * would otherwise read as changed. Runs of string literals only; other members keep their places.
 */
export function withStableUnions(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"(?: \| "(?:[^"\\]|\\.)*")+/g, (run) => run.split(' | ').sort().join(' | '));
}
