import type { Actor, QueryDefinition } from '@hms/sdk';
import { PluginContractError } from '../kernel/plugin-contract-error';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { QueryEnvelope } from './command-envelope';

/** Who is asking through `ctx.ask`: a handler of `plugin`, running `action` for `actor`'s request. */
export interface AskingCaller {
  readonly plugin: string;
  /** The command or query whose handler asks (`'ehr.CreateNote'`), named in the audit record. */
  readonly action: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly source: string | null;
}

/** Runs a query envelope; the query executor, with the asking caller named in its audit record. */
export type AskedQueryRunner = (envelope: QueryEnvelope, askedBy: AskingCaller) => Promise<unknown>;

/**
 * The rules of one plugin asking another's query (ARCHITECTURE.md: plugins talk through events and published
 * queries). The answering plugin must be declared by the asker and enabled, and the query published; then the
 * query runs as the acting user (their permissions, their audit record), never as the system: a plugin cannot
 * hand its users more than the answering plugin's own routes would give them. Breaking a rule is the asking
 * plugin's bug, so it is a contract error (a 500 naming the plugin), not a client error.
 */
export function askPublished(
  registry: PluginRegistry,
  run: AskedQueryRunner,
  caller: AskingCaller,
  query: QueryDefinition,
  params: unknown,
): Promise<unknown> {
  const owned = registry.queries.get(query.type);
  const owner = owned?.plugin ?? query.type.split('.')[0] ?? '';
  if (owner !== caller.plugin) {
    const asker = registry.plugins.find((p) => p.name === caller.plugin);
    const declared = asker !== undefined && (owner in asker.dependsOn || owner in asker.optionalDependsOn);
    if (!declared) {
      throw new PluginContractError(
        caller.plugin,
        `asks ${query.type} of "${owner}", which it does not declare in dependsOn or optionalDependsOn`,
      );
    }
    if (!owned) {
      throw new PluginContractError(
        caller.plugin,
        `asks ${query.type}, but "${owner}" is not enabled (check ctx.isEnabled('${owner}') first)`,
      );
    }
    if (owned.item.published !== true) {
      throw new PluginContractError(caller.plugin, `asks ${query.type}, which "${owner}" does not publish`);
    }
  } else if (!owned) {
    throw new PluginContractError(caller.plugin, `asks ${query.type}, which it does not register`);
  }
  const { actor, correlationId, source } = caller;
  return run({ type: query.type, params, actor, correlationId, source }, caller);
}
