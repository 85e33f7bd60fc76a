import type { Actor, QueryContext } from '@hms/sdk';
import { collabReader } from '../collab/collab-context';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { loadStream } from './batch-streams';

/** What queries and command preparations read with: the pool, stream loading, co-edited documents, the clock. */
export function readContext(actor: Actor, deps: { db: Database; store: EventStore; clock: Clock }): QueryContext {
  const { db, store } = deps;
  return {
    actor,
    sql: db,
    streams: { load: (streamId, decider) => loadStream(db, store, streamId, decider) },
    collab: collabReader(db),
    now: deps.clock.now().toISOString(),
  };
}
