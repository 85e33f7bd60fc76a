import type { DestinationStream } from 'pino';

/**
 * A readable one-line-per-entry destination for a developer's terminal. pino-pretty is not a dependency
 * (and a worker-thread transport is more than a dev console needs), so this formats pino's JSON lines
 * itself. Redaction and serializers have already run when a line reaches it, so it shows nothing the JSON
 * output would not.
 */

const LEVEL_NAMES: Readonly<Record<number, string>> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields shown in the line's head, or noise in a terminal. */
const HIDDEN = new Set(['level', 'time', 'msg', 'context', 'service', 'pid', 'hostname', 'err']);

/** Formats one pino JSON line; a line that is not JSON is passed through unchanged. */
export function formatPrettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const level = (LEVEL_NAMES[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const context = typeof entry.context === 'string' ? ` [${entry.context}]` : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: unknown } | undefined;
  const stack = typeof err?.stack === 'string' ? `\n${err.stack}` : '';
  const tail = fields.length > 0 ? ` ${fields.join(' ')}` : '';
  return `${time} ${level}${context} ${String(entry.msg ?? '')}${tail}${stack}\n`;
}

/** A pino destination writing formatted lines to `out` (default: standard output). */
export function prettyStream(out: { write(text: string): unknown } = process.stdout): DestinationStream {
  return { write: (line: string) => void out.write(formatPrettyLine(line)) };
}
