import type { PluginDefinition, ReplicaDefinition } from '@hms/sdk';
import type { ReplicaDescription } from '@hms/sdk/client';

/** The enabled plugins' replicas by name, with the plugin that declares each. */
export function replicaCatalog(
  plugins: readonly PluginDefinition[],
): ReadonlyMap<string, { plugin: string; replica: ReplicaDefinition; permission: string }> {
  const catalog = new Map<string, { plugin: string; replica: ReplicaDefinition; permission: string }>();
  for (const plugin of plugins)
    for (const replica of plugin.replicas ?? []) {
      const registration = plugin.queries.find((q) => q.query.type === replica.query.type);
      if (registration)
        catalog.set(replica.name, { plugin: plugin.name, replica, permission: registration.permission.name });
    }
  return catalog;
}

/** What a device needs to know of a replica: which event types make it pull, and its limits. */
export function describeReplica(plugin: string, replica: ReplicaDefinition): ReplicaDescription {
  return {
    name: replica.name,
    plugin,
    eventTypes: replica.events.map((e) => e.type),
    limits: { maxRows: replica.limits.maxRows, maxAgeHours: replica.limits.maxAgeHours },
  };
}
