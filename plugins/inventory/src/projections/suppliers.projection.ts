import { defineProjection } from '@hms/sdk';
import { SupplierDefined } from '../contracts/equipment-events';

/** The supplier master. Inline. */
export const suppliersProjection = defineProjection({
  name: 'inventory.suppliers',
  mode: 'inline',
  handles: [SupplierDefined],
  tables: ['inventory.suppliers'],
  async evolve(event, sql) {
    switch (event.type) {
      case SupplierDefined.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.suppliers (id, name, contact, lead_time_days, defined_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO NOTHING`,
          [d.supplierId, d.name, d.contact ?? null, d.leadTimeDays, d.at],
        );
        return;
      }
    }
  },
});
