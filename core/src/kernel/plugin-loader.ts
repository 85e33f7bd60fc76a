import path from 'node:path';
import type { PluginDefinition } from '@hms/sdk';
import { shareKernelSdk } from './kernel-sdk';
import { PluginContractError } from './plugin-contract-error';

/** Which plugins to enable: every installed one, or the names, package names and paths of `HMS_PLUGINS`. */
export type PluginSelection = 'all' | readonly string[];

/**
 * Resolves the enabled plugins. An entry is the name of an installed plugin (`patient`), an npm package name
 * (`@acme/hms-lab`), or a path (`./plugins/lab`); packages and paths load the same way, through `require`, from the
 * working directory. An unknown name is a start-up error that lists what is installed.
 */
export function selectPlugins(
  installed: readonly PluginDefinition[],
  selection: PluginSelection,
  load: (specifier: string) => unknown = loadFromWorkingDirectory,
): PluginDefinition[] {
  if (selection === 'all') return [...installed];
  return selection.map((entry) => {
    const byName = installed.find((p) => p.name === entry);
    if (byName) return byName;
    if (!looksLoadable(entry)) {
      const names = installed.map((p) => p.name).join(', ') || 'none';
      throw new PluginContractError(
        entry,
        `is not installed (installed: ${names}); give a package name or a path to load it`,
      );
    }
    return pluginExportOf(entry, load(entry));
  });
}

function looksLoadable(entry: string): boolean {
  return (
    entry.startsWith('.') ||
    entry.startsWith('/') ||
    entry.startsWith('@') ||
    entry.includes('/') ||
    path.isAbsolute(entry)
  );
}

function loadFromWorkingDirectory(specifier: string): unknown {
  const request = specifier.startsWith('.') ? path.resolve(process.cwd(), specifier) : specifier;
  shareKernelSdk(); // the plugin runs on the kernel's SDK, the one its `sdk` range is checked against
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plugin named at run time (HMS_PLUGINS)
    return require(require.resolve(request, { paths: [process.cwd()] }));
  } catch (error) {
    throw new PluginContractError(specifier, `could not be loaded (${(error as Error).message.split('\n')[0]})`);
  }
}

/** A plugin package exports its definition as the default export or as a named `…Plugin` export. */
export function pluginExportOf(specifier: string, moduleExports: unknown): PluginDefinition {
  const exports = (moduleExports ?? {}) as Record<string, unknown>;
  const candidates = [exports.default, ...Object.values(exports)].filter(isPluginDefinition);
  const plugin = candidates[0];
  if (!plugin)
    throw new PluginContractError(specifier, 'exports no plugin definition (use definePlugin from @hms/sdk)');
  return plugin;
}

function isPluginDefinition(value: unknown): value is PluginDefinition {
  const v = value as Partial<PluginDefinition> | undefined;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.name === 'string' &&
    typeof v.sdk === 'string' &&
    typeof v.configure === 'function'
  );
}
