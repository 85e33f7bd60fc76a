import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the browser loads, with its size as stored and as sent compressed (gzip, level 9 as a server would). */
export interface AssetSize {
  readonly file: string;
  readonly kind: 'js' | 'css';
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Bytes of one kind of asset, raw and gzipped. */
export interface ByteTotals {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** The built web client (`pnpm --filter @hms/web build`), the same from `src/client` and `dist/client`. */
export const WEB_BUILD_DIR = path.resolve(__dirname, '../../../web/build');

/**
 * The shell's initial assets: what the client's `index.html` (the page every route starts from) links, preloads or
 * imports before anything else runs — SvelteKit's start and app entries, their static imports and the root
 * layout's node and stylesheet. A route's own node and anything imported dynamically (a screen, the charting
 * library) comes after, and is not part of it.
 */
export function shellAssets(buildDir: string = WEB_BUILD_DIR): AssetSize[] {
  const indexFile = path.join(buildDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`The web client is not built (no ${indexFile}): run pnpm --filter @hms/web build first`);
  const html = readFileSync(indexFile, 'utf8');
  const hrefs = new Set<string>();
  for (const match of html.matchAll(/<link\b[^>]*\bhref="(\/_app\/[^"]+\.(?:js|css))"/g)) hrefs.add(match[1]!);
  for (const match of html.matchAll(/\bimport\("(\/_app\/[^"]+\.js)"\)/g)) hrefs.add(match[1]!);
  return [...hrefs].sort().map((href) => assetSize(path.join(buildDir, href), href));
}

/** The size of one built file (raw and gzip), named by its URL path. */
export function assetSize(file: string, name: string): AssetSize {
  const content = readFileSync(file);
  return {
    file: name,
    kind: name.endsWith('.css') ? 'css' : 'js',
    rawBytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

/** Totals of the assets of one kind. */
export function totalsOf(assets: readonly AssetSize[], kind: 'js' | 'css'): ByteTotals {
  const of = assets.filter((a) => a.kind === kind);
  return {
    files: of.length,
    rawBytes: of.reduce((sum, a) => sum + a.rawBytes, 0),
    gzipBytes: of.reduce((sum, a) => sum + a.gzipBytes, 0),
  };
}
