import { defineProjection } from '@hms/sdk';
import { ItemDefined, ItemDiscontinued, LocationDefined } from '../contracts/events';

/**
 * Items and locations by id and code. Inline, and its unique code keys back up the handlers' check for two
 * definitions racing in one moment (the kernel decides the later one again, and it is refused by code).
 */
export const catalogueProjection = defineProjection({
  name: 'inventory.catalogue',
  mode: 'inline',
  handles: [ItemDefined, ItemDiscontinued, LocationDefined],
  tables: ['inventory.items', 'inventory.locations'],
  async evolve(event, sql) {
    if (event.type === ItemDefined.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO inventory.items (id, code, name, category, unit, tracks_lots, defined_at, drug_code_system, drug_code, formulary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [
          d.itemId,
          d.code,
          d.name,
          d.category,
          d.unit,
          d.tracksLots,
          d.at,
          d.drugCode?.system ?? null,
          d.drugCode?.code ?? null,
          d.formulary ?? null,
        ],
      );
    } else if (event.type === ItemDiscontinued.type) {
      const d = event.data;
      await sql.query(`UPDATE inventory.items SET discontinued = true WHERE id = $1`, [d.itemId]);
    } else {
      const d = event.data;
      await sql.query(
        `INSERT INTO inventory.locations (id, code, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
        [d.locationId, d.code, d.name],
      );
    }
  },
});
