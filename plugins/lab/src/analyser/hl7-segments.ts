/**
 * The lowest layer of HL7 v2 (pipe-and-hat) text: segments, fields, components and escapes. Pure; knows no message
 * type. Only what an analyser's result message uses: no repetitions (`~`) beyond the first, no sub-components.
 */

/** One segment: its id (`OBX`) and its fields numbered as HL7 numbers them (`field(5)` is OBX-5). */
export interface Hl7Segment {
  readonly id: string;
  field(n: number): string;
  /** The n-th field's m-th component (`component(3, 1)` is OBX-3.1), unescaped. */
  component(n: number, m: number): string;
}

/** The message's delimiters, read from MSH-1 and MSH-2 (`|` and `^~\&` almost always). */
export interface Hl7Delimiters {
  readonly field: string;
  readonly component: string;
  readonly repetition: string;
  readonly escape: string;
  readonly subComponent: string;
}

/** A message that is not HL7 v2 at the segment level (no MSH first, a delimiter missing). */
export class Hl7SyntaxError extends Error {}

/** Segments end with a carriage return; files and terminals turn it into `\n` or `\r\n`, which are taken too. */
export function splitSegments(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => stripFraming(s)) // MLLP framing bytes (VT before, FS after), when a relay left them on
    .filter((s) => s.trim() !== '');
}

const VT = String.fromCharCode(0x0b);
const FS = String.fromCharCode(0x1c);
const stripFraming = (s: string): string => {
  const start = s.startsWith(VT) ? 1 : 0;
  return s.endsWith(FS) ? s.slice(start, -1) : s.slice(start);
};

export function readDelimiters(msh: string): Hl7Delimiters {
  if (!msh.startsWith('MSH') || msh.length < 8)
    throw new Hl7SyntaxError('The message does not start with an MSH segment.');
  const field = msh.charAt(3);
  const [component, repetition, escape, subComponent] = [...msh.slice(4, 8)];
  const all = [field, component, repetition, escape, subComponent];
  if (all.some((c) => c === undefined || /[A-Za-z0-9\s]/.test(c)) || new Set(all).size !== 5) {
    throw new Hl7SyntaxError('MSH-1 and MSH-2 do not give five distinct delimiters.');
  }
  return { field, component: component!, repetition: repetition!, escape: escape!, subComponent: subComponent! };
}

/** `\F\` `\S\` `\R\` `\T\` `\E\` back to the characters they stand for; other escapes (formatting) are dropped. */
export function unescape(value: string, d: Hl7Delimiters): string {
  const e = d.escape;
  const pattern = new RegExp(`${escapeRegExp(e)}([^${escapeRegExp(e)}]*)${escapeRegExp(e)}`, 'g');
  const table: Record<string, string> = { F: d.field, S: d.component, R: d.repetition, T: d.subComponent, E: e };
  return value.replace(pattern, (_, code: string) => table[code] ?? '');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parseSegment(line: string, d: Hl7Delimiters): Hl7Segment {
  const parts = line.split(d.field);
  const id = parts[0] ?? '';
  // MSH-1 is the field separator itself, so MSH's n-th field is at index n - 1; every other segment's at index n.
  const at = (n: number): string => (id === 'MSH' ? (n === 1 ? d.field : (parts[n - 1] ?? '')) : (parts[n] ?? ''));
  const field = (n: number): string => (at(n).split(d.repetition)[0] ?? '').trim();
  return {
    id,
    field: (n) => (id === 'MSH' && n <= 2 ? at(n) : unescape(field(n), d)),
    component: (n, m) => unescape((field(n).split(d.component)[m - 1] ?? '').split(d.subComponent)[0] ?? '', d).trim(),
  };
}

/** Escapes text put into an acknowledgement (an error message may quote a code with a `^` in it). */
export function escapeText(value: string, d: Hl7Delimiters): string {
  const e = d.escape;
  return value
    .replaceAll(e, `${e}E${e}`)
    .replaceAll(d.field, `${e}F${e}`)
    .replaceAll(d.component, `${e}S${e}`)
    .replaceAll(d.repetition, `${e}R${e}`)
    .replaceAll(d.subComponent, `${e}T${e}`)
    .replace(/[\r\n]+/g, ' ');
}
