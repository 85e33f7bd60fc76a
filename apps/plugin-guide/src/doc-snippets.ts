/**
 * The check that keeps docs/plugins.md honest: a code block preceded by `<!-- snippet: <file>#<region> -->` (one
 * marker line per region, several joined by a blank line) must read exactly as that region of the file, between
 * `// #region <name>` and `// #endregion <name>`, less its common indentation. The files are real code, compiled by
 * the build and tested, so a block that drifts from them fails here rather than misleading a reader.
 */

const MARKER = /^<!-- snippet: (\S+?)#([\w-]+) -->$/;
const FENCE = /^```(\w*)$/;

/** One fenced block of the guide, with the regions its marker lines name. */
export interface GuideBlock {
  readonly line: number;
  readonly language: string;
  readonly text: string;
  readonly regions: readonly { readonly file: string; readonly region: string }[];
}

export function blocksOf(markdown: string): GuideBlock[] {
  const lines = markdown.split('\n');
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const regions: { file: string; region: string }[] = [];
    for (let m = i - 1; m >= 0; m -= 1) {
      const marker = MARKER.exec(lines[m]!);
      if (!marker) break;
      regions.unshift({ file: marker[1]!, region: marker[2]! });
    }
    const end = lines.findIndex((line, n) => n > i && line === '```');
    if (end === -1) break;
    blocks.push({ line: i + 1, language: open[1]!, text: lines.slice(i + 1, end).join('\n'), regions });
    i = end;
  }
  return blocks;
}

/** A region's own marker lines, and those of regions nested in it (a block may show the outer one whole). */
const REGION_MARKER = /^\/\/ #(end)?region [\w-]+$/;

/** The region's lines, without the markers, dedented; `undefined` when the file has no such region. */
export function regionOf(source: string, region: string): string | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  const end = lines.findIndex((line, n) => n > start && line.trim() === `// #endregion ${region}`);
  if (start === -1 || end === -1) return undefined;
  const body = lines.slice(start + 1, end).filter((line) => !REGION_MARKER.test(line.trim()));
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return body
    .map((l) => l.slice(indent))
    .join('\n')
    .trim();
}

/** Every marked block that differs from its regions (or names a missing file or region), in words. */
export function snippetProblems(markdown: string, readSource: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const block of blocksOf(markdown).filter((b) => b.regions.length > 0)) {
    const parts = block.regions.map(({ file, region }) => {
      const source = readSource(file);
      const text = source === undefined ? undefined : regionOf(source, region);
      if (text === undefined) problems.push(`line ${block.line}: ${file}#${region} does not exist`);
      return text ?? '';
    });
    if (parts.join('\n\n') !== block.text.trim()) {
      const names = block.regions.map((r) => `${r.file}#${r.region}`).join(', ');
      problems.push(`line ${block.line}: the block differs from ${names}; copy the region back into the guide`);
    }
  }
  return problems;
}

/** The guide with every marked block replaced by its regions (`UPDATE_DOC_SNIPPETS=1`); unknown regions are kept. */
export function refreshedGuide(markdown: string, readSource: (file: string) => string | undefined): string {
  const lines = markdown.split('\n');
  for (const block of blocksOf(markdown).reverse()) {
    if (block.regions.length === 0) continue;
    const parts = block.regions.map(({ file, region }) => {
      const source = readSource(file);
      return source === undefined ? undefined : regionOf(source, region);
    });
    if (parts.some((part) => part === undefined)) continue;
    const count = block.text === '' ? 0 : block.text.split('\n').length;
    lines.splice(block.line, count, ...parts.join('\n\n').split('\n'));
  }
  return lines.join('\n');
}
