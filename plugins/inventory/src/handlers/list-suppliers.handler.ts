import { handleQuery } from '@hms/sdk';
import { ListSuppliers, type SupplierView } from '../contracts/equipment-queries';
import { STOCK_READ } from '../contracts/permissions';

export const listSuppliersHandler = handleQuery(ListSuppliers, {
  permission: STOCK_READ,
  async handle(_params, ctx): Promise<{ items: SupplierView[] }> {
    const rows = await ctx.sql.query<{ id: string; name: string; contact: string | null; lead_time_days: number }>(
      `SELECT id, name, contact, lead_time_days FROM inventory.suppliers ORDER BY lower(name)`,
    );
    return {
      items: rows.map((r) => ({ id: r.id, name: r.name, contact: r.contact, leadTimeDays: r.lead_time_days })),
    };
  },
});
