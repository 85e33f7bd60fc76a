import type { ClientPlugin } from '@hms/sdk/client';

/**
 * The built-in plugins' client parts, found by path at build time: `plugins/<name>/client/index.ts` (the folder is
 * the plugin's name). Each is a separate chunk, loaded only when the server has that plugin enabled. The shell names
 * no plugin and no screen: adding a plugin folder with a client part adds it here at the next build.
 */
const found = import.meta.glob<{ default: ClientPlugin }>('../../../../../plugins/*/client/index.ts');

export const BUILT_IN_PARTS: ReadonlyMap<string, () => Promise<ClientPlugin>> = new Map(
  Object.entries(found).map(([path, load]) => [pluginFolderOf(path), async () => (await load()).default]),
);

/** `…/plugins/adt/client/index.ts` → `adt`. */
export function pluginFolderOf(path: string): string {
  return /\/plugins\/([^/]+)\/client\/index\.ts$/.exec(path)?.[1] ?? path;
}
