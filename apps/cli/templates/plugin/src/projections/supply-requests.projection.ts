import { defineProjection } from '@hms/sdk';
import { SuppliesRequested } from '../contracts/events';
import { PLUGIN } from '../plugin-name';

/** The list of requests, written in the command's own transaction (inline): a list read after a request shows it. */
export const supplyRequestsProjection = defineProjection({
  name: `${PLUGIN}.supply-requests`,
  mode: 'inline',
  handles: [SuppliesRequested],
  tables: [`${PLUGIN}.supply_requests`],
  async evolve(event, sql) {
    const { requestId, ward, item, quantity, requestedAt } = event.data;
    // Replays give the same rows: a request already there is left as it is.
    await sql.query(
      `INSERT INTO ${PLUGIN}.supply_requests (id, ward, item, quantity, requested_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [requestId, ward, item, quantity, requestedAt],
    );
  },
});
