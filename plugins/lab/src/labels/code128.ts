import { raw } from 'bwip-js';

/**
 * A Code 128 symbol's bar and space widths in modules, bar first: what the label renderer draws. Encoding (code
 * set changes, the check character) is bwip-js's, a port of Barcode Writer in Pure PostScript, well kept and with
 * no dependencies; the laboratory only draws what it answers. Every scanner on a laboratory bench reads Code 128.
 */
export function code128Bars(text: string): number[] {
  const [symbol] = raw('code128', text, {});
  if (!symbol || !('sbs' in symbol)) throw new Error('Code 128 encoder answered no bars');
  return symbol.sbs;
}
