import type { PluginRegistry } from '../kernel/plugin-registry';

/**
 * For each enabled plugin, the permissions that let someone read its data: those guarding its queries. A change
 * notice of a plugin goes only to holders of one of them, so a notice never tells someone about data they could
 * not have asked for. A plugin without queries has no readers here, and its notices go to nobody.
 * @example
 * readPermissionsByPlugin(kernel.registry).get('patient'); // Set { 'patient:record:read', … }
 */
export function readPermissionsByPlugin(registry: PluginRegistry): ReadonlyMap<string, ReadonlySet<string>> {
  const byPlugin = new Map<string, Set<string>>();
  for (const { plugin, item } of registry.queries.values()) {
    let names = byPlugin.get(plugin);
    if (!names) byPlugin.set(plugin, (names = new Set()));
    names.add(item.permission.name);
  }
  return byPlugin;
}
