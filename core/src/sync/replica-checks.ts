import type { PluginDefinition } from '@hms/sdk';
import { PluginContractError } from '../kernel/plugin-contract-error';

/**
 * A replica is served by running one of its own plugin's queries as the user, so that query's permission, care rule
 * and audit apply; a replica built on a query its plugin does not handle would have none of them.
 */
export function checkReplicas(plugin: PluginDefinition): void {
  const names = new Set<string>();
  const queries = new Set(plugin.queries.map((q) => q.query.type));
  for (const replica of plugin.replicas ?? []) {
    if (!replica.name.startsWith(`${plugin.name}.`))
      throw new PluginContractError(plugin.name, `replica ${replica.name} must be named ${plugin.name}.<Name>`);
    if (names.has(replica.name)) throw new PluginContractError(plugin.name, `two replicas named ${replica.name}`);
    names.add(replica.name);
    if (!queries.has(replica.query.type))
      throw new PluginContractError(
        plugin.name,
        `replica ${replica.name} is answered by ${replica.query.type}, which this plugin does not handle`,
      );
  }
}
