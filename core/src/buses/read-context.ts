import type { Actor, QueryContext } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { loadStream } from './batch-streams';

/** What queries and command preparations read with: the pool, stream loading, the clock. */
export function readContext(actor: Actor, deps: { db: Database; store: EventStore; clock: Clock }): QueryContext {
  const { db, store } = deps;
  return {
    actor,
    sql: db,
    streams: { load: (streamId, decider) => loadStream(db, store, streamId, decider) },
    now: deps.clock.now().toISOString(),
  };
}
