/**
 * Text for the PDF's standard Type 1 fonts (Helvetica, Helvetica-Bold) in WinAnsiEncoding: encoding, escaping and
 * widths from Adobe's Helvetica metrics, so columns can be sized and cells cut to fit without embedding a font.
 */

/** Helvetica advance widths (1/1000 em) of the characters 32 (space) to 126 (~). */
const HELVETICA_ASCII = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space ! " # $ % & ' ( ) * + , - . /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0-9 : ; < = > ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ A-O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P-Z [ \ ] ^ _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` a-o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p-z { | } ~
];

/** The characters WinAnsiEncoding places at 0x80–0x9F; 0xA0–0xFF are Latin-1's own. */
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** The text's WinAnsi byte codes; whitespace becomes a space, characters the font lacks become `?`. */
export function winAnsi(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e) return code;
    if (code >= 0xa0 && code <= 0xff) return code;
    if (/\s/.test(ch)) return 0x20;
    return WIN_ANSI_HIGH[ch] ?? 0x3f;
  });
}

/** Width in points at `size`; bold is taken as 6 % wider (close enough to size columns and cut cells). */
export function textWidth(text: string, size: number, bold = false): number {
  const units = winAnsi(text).reduce((sum, code) => sum + (code <= 0x7e ? HELVETICA_ASCII[code - 0x20]! : 556), 0);
  return (units * size * (bold ? 1.06 : 1)) / 1000;
}

/** The text cut with `...` to fit `width` points. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}...`, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('')}...`;
}

/** A PDF literal string `( … )` of the text: WinAnsi, with `\`, `(`, `)` escaped and bytes past ASCII in octal. */
export function pdfString(text: string): string {
  const body = winAnsi(text).map((code) => {
    if (code === 0x5c || code === 0x28 || code === 0x29) return `\\${String.fromCharCode(code)}`;
    if (code > 0x7e) return `\\${code.toString(8).padStart(3, '0')}`;
    return String.fromCharCode(code);
  });
  return `(${body.join('')})`;
}
