import { handleQuery } from '@hms/sdk';
import { SUPPLIES_READ } from '../contracts/permissions';
import { ListSupplyRequests, type SupplyRequestView } from '../contracts/queries';
import { PLUGIN } from '../plugin-name';

interface Row {
  id: string;
  ward: string;
  item: string;
  quantity: number;
  requested_at: Date;
}

export const listSupplyRequestsHandler = handleQuery(ListSupplyRequests, {
  permission: SUPPLIES_READ,
  async handle({ ward }, ctx) {
    const rows = await ctx.sql.query<Row>(
      `SELECT id, ward, item, quantity, requested_at FROM ${PLUGIN}.supply_requests
       WHERE $1::text IS NULL OR ward = $1 ORDER BY requested_at DESC, id LIMIT 200`,
      [ward ?? null],
    );
    return { items: rows.map(view) };
  },
});

const view = (row: Row): SupplyRequestView => ({
  id: row.id,
  ward: row.ward,
  item: row.item,
  quantity: row.quantity,
  requestedAt: new Date(row.requested_at).toISOString(),
});
