import type { PluginDefinition } from '@hms/sdk';
import { PluginContractError } from './plugin-contract-error';

/**
 * Orders plugins so each comes after the plugins it depends on (stable: otherwise the given order).
 * A dependency cycle is a contract error naming a plugin on the cycle.
 */
export function orderByDependencies(plugins: readonly PluginDefinition[]): PluginDefinition[] {
  const byName = new Map(plugins.map((p) => [p.name, p]));
  const ordered: PluginDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: PluginDefinition, path: string[]): void => {
    const seen = state.get(plugin.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      throw new PluginContractError(plugin.name, `dependency cycle ${[...path, plugin.name].join(' → ')}`);
    }
    state.set(plugin.name, 'visiting');
    // An enabled optional dependency comes first too: its events and contracts are there when this one starts.
    for (const dependency of [...Object.keys(plugin.dependsOn), ...Object.keys(plugin.optionalDependsOn ?? {})]) {
      const target = byName.get(dependency);
      if (target) visit(target, [...path, plugin.name]);
    }
    state.set(plugin.name, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}
