import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blocksOf, refreshedGuide, regionOf, snippetProblems } from './doc-snippets';

const ROOT = path.join(__dirname, '..', '..', '..');
const GUIDE_PATH = path.join(ROOT, 'docs', 'plugins.md');
const read = (file: string): string | undefined => {
  const full = path.join(ROOT, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
// After changing an example file: `UPDATE_DOC_SNIPPETS=1 npx jest apps/plugin-guide/src/doc-snippets` copies the
// regions back into the guide (then read the diff: the prose around a block may need to follow).
if (process.env.UPDATE_DOC_SNIPPETS === '1') {
  writeFileSync(GUIDE_PATH, refreshedGuide(readFileSync(GUIDE_PATH, 'utf8'), read));
}
const GUIDE = readFileSync(GUIDE_PATH, 'utf8');

describe('docs/plugins.md code blocks', () => {
  it('read exactly as the compiled and tested files they name', () => {
    expect(snippetProblems(GUIDE, read)).toEqual([]);
  });

  // A block must be a region of a real file (apps/plugin-guide, or a plugin's source) with its snippet marker.
  it('take every TypeScript block from a compiled file', () => {
    const unchecked = blocksOf(GUIDE).filter((b) => b.language === 'ts' && b.regions.length === 0);
    expect(unchecked.map((b) => `line ${b.line}`)).toEqual([]);
  });

  it('fails on a block that drifted from its file, and on a region that is gone', () => {
    const source = ['// #region greet', '  export const greet = 1;', '// #endregion greet'].join('\n');
    const guide = (code: string, region = 'greet') =>
      ['<!-- snippet: x.ts#' + region + ' -->', '```ts', code, '```'].join('\n');
    const files = (file: string) => (file === 'x.ts' ? source : undefined);
    expect(snippetProblems(guide('export const greet = 1;'), files)).toEqual([]);
    expect(snippetProblems(guide('export const greet = 2;'), files)).toEqual([
      'line 2: the block differs from x.ts#greet; copy the region back into the guide',
    ]);
    expect(snippetProblems(guide('export const greet = 1;', 'gone'), files)[0]).toBe(
      'line 2: x.ts#gone does not exist',
    );
    expect(refreshedGuide(guide('export const greet = 2;'), files)).toBe(guide('export const greet = 1;'));
  });

  it('shows a region whole, without the markers of a region nested in it', () => {
    const source = [
      '// #region outer',
      'a();',
      '  // #region inner',
      '  b();',
      '  // #endregion inner',
      '// #endregion outer',
    ];
    expect(regionOf(source.join('\n'), 'outer')).toBe('a();\n  b();');
    expect(regionOf(source.join('\n'), 'inner')).toBe('b();');
  });
});
