import type { Actor, QueryContext } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import { collabReader } from '../collab/collab-context';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { loadStream } from './batch-streams';
import { streamHistory } from './stream-history';
import { askPublished, type AskedQueryRunner, type AskingCaller } from './published-queries';
import { typedAnswer } from './typed-answer';

/** What a read context is built from; `registry` and `askQuery` make `ctx.ask` and `ctx.isEnabled` work. */
export interface ReadContextDeps {
  readonly db: Database;
  readonly store: EventStore;
  readonly clock: Clock;
  readonly registry?: PluginRegistry;
  readonly askQuery?: AskedQueryRunner;
  /** The care-relationship rule behind `ctx.mayReadClinicalData`; without it, every clinical reader may. */
  readonly careAccess?: CareAccess;
}

/**
 * What queries and command preparations read with: the pool, stream loading, co-edited documents, the clock,
 * and (given the handler's caller) other plugins' published queries.
 */
export function readContext(actor: Actor, deps: ReadContextDeps, caller?: Omit<AskingCaller, 'actor'>): QueryContext {
  const { db, store, registry, askQuery } = deps;
  return {
    actor,
    sql: db,
    streams: { load: (streamId, decider) => loadStream(db, store, streamId, decider) },
    streamHistory: (streamId, decider) => streamHistory(db, store, streamId, decider),
    collab: collabReader(db),
    now: deps.clock.now().toISOString(),
    ask: async (query, params) => {
      if (!registry || !askQuery || !caller) throw new Error(`ctx.ask(${query.type}) is not available here`);
      return typedAnswer(query, askPublished(registry, askQuery, { ...caller, actor }, query, params));
    },
    isEnabled: (plugin) => registry?.names.includes(plugin) ?? false,
    // The handler's own plugin's options (SDK 2.2); none where no handler of a plugin asks.
    options: (caller && registry?.plugins.find((p) => p.name === caller.plugin)?.options) ?? {},
    mayReadClinicalData: async (patientId) =>
      !deps.careAccess || (await deps.careAccess.basesFor(actor, [patientId], db)).has(patientId),
  };
}
