import type { PluginRegistry } from '../kernel/plugin-registry';

/**
 * For each enabled plugin, the permissions whose holders may hear of a change in its data: a notice names a stream
 * (for a chart, the patient's id) and the kind of event (`ehr.ObservationRecorded`), which is itself patient data.
 * So a plugin that serves patient data announces only to holders of a permission guarding one of its *patient-data*
 * queries; a plugin with no patient data (stores, terminology-only plugins) to holders of any of its read
 * permissions. Holding only a harmless read permission of a clinical plugin (a coder's code search) hears nothing.
 * A plugin without queries has no readers here, and its notices go to nobody.
 * @example
 * readPermissionsByPlugin(kernel.registry).get('ehr'); // Set { 'ehr:chart:read', 'ehr:note:read' } (not
 * 'ehr:terminology:read')
 */
export function readPermissionsByPlugin(registry: PluginRegistry): ReadonlyMap<string, ReadonlySet<string>> {
  const patientData = new Map<string, Set<string>>();
  const other = new Map<string, Set<string>>();
  for (const { plugin, item } of registry.queries.values()) {
    const byPlugin = item.permission.patientData ? patientData : other;
    let names = byPlugin.get(plugin);
    if (!names) byPlugin.set(plugin, (names = new Set()));
    names.add(item.permission.name);
  }
  const readers = new Map<string, ReadonlySet<string>>(other);
  for (const [plugin, names] of patientData) readers.set(plugin, names);
  return readers;
}
