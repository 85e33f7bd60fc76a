import { defineClientPlugin, type ClientPlugin } from '@hms/sdk/client';
import type { EnabledPlugin } from '$lib/api/client';
import { usePluginProblemTexts } from '$lib/api/problem';
import { offlineCommands } from '$lib/stores/offline-commands';
import { session } from '$lib/stores/session.svelte';
import { BUILT_IN_PARTS } from './built-in-parts';
import { Contributions } from './contributions';

/**
 * The client parts of the plugins the server has enabled, and what they offer the signed-in account. Built-in parts
 * are compiled in (loaded as chunks); a vendor plugin's part is `import()`ed from the URL the server gives.
 */
class ClientShell {
  parts = $state.raw<ClientPlugin[]>([]);
  /** Set once the parts of the current plugin list are loaded (the router waits for it before "not found"). */
  ready = $state(false);
  contributions = $derived(new Contributions(this.parts, session.user?.permissions ?? []));
  private loadedFor = '';

  /** Loads the parts of `enabled` (again only when the list changed); a part that fails to load is left out. */
  async load(enabled: readonly EnabledPlugin[]): Promise<void> {
    const key = enabled.map((p) => `${p.name}@${p.version}`).join(',');
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    const loaded = await Promise.all(enabled.map((plugin) => loadPart(plugin)));
    this.parts = loaded.filter((part): part is ClientPlugin => part !== undefined);
    usePluginProblemTexts(new Contributions(this.parts, []).problemTexts());
    offlineCommands.use(this.parts);
    this.ready = true;
  }
}

async function loadPart(plugin: EnabledPlugin): Promise<ClientPlugin | undefined> {
  try {
    const builtIn = BUILT_IN_PARTS.get(plugin.name);
    if (builtIn) return await builtIn();
    if (!plugin.client) return undefined; // a server-only plugin
    const module: { default?: ClientPlugin } = await import(/* @vite-ignore */ plugin.client);
    // A vendor may write the object by hand: fill the lists it left out, and tie it to the plugin that serves it.
    return module.default ? defineClientPlugin({ ...module.default, plugin: plugin.name }) : undefined;
  } catch (error) {
    // Offline before the module was ever loaded, or a broken vendor build: the rest of the client still works.
    console.warn(`The client part of plugin ${plugin.name} could not be loaded`, error);
    return undefined;
  }
}

export const clientShell = new ClientShell();
