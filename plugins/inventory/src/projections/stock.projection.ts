import { defineProjection, type RecordedEvent, type RecordedOf, type Sql } from '@hms/sdk';
import {
  ReorderLevelSet,
  StockCounted,
  StockFellBelowReorderLevel,
  StockIssued,
  StockIssueReversed,
  StockReceived,
  StockRestored,
  StockWrittenOff,
} from '../contracts/events';
import { DispensedStockReturned } from '../contracts/dispensing-events';
import { applyMovements, movementOf, stockKey, type Movement } from './stock-movements';

/**
 * Stock per item and location, its lots, and the stock card (every movement). Inline: a storekeeper who has just
 * issued sees the new level at once, and the low-stock list is never behind the store.
 */
export const stockProjection = defineProjection({
  name: 'inventory.stock',
  mode: 'inline',
  handles: [
    ReorderLevelSet,
    StockReceived,
    StockIssued,
    StockIssueReversed,
    StockCounted,
    StockWrittenOff,
    StockFellBelowReorderLevel,
    StockRestored,
    DispensedStockReturned,
  ],
  tables: ['inventory.stock_levels', 'inventory.stock_lots', 'inventory.movements', 'inventory.patient_issues'],
  async evolve(event, sql) {
    const movement = movementOf(event);
    if (movement) return applyMovements(sql, [movement]);
    return evolveLevelSettings(event, sql);
  },
  /**
   * A write's events in a few statements: consecutive movements of distinct stocks (each client issuing its own
   * item) go together; a second movement of the same stock, or a reorder setting, starts a new group after it, so
   * the order of what one stock saw is kept. Measured as the reason issues did not batch like registrations: four
   * statements per issue (docs/performance.md, "The stock benchmark").
   */
  async evolveBatch(events, sql) {
    let group: Movement[] = [];
    const keys = new Set<string>();
    const flush = async () => {
      await applyMovements(sql, group);
      group = [];
      keys.clear();
    };
    for (const event of events) {
      const movement = movementOf(event);
      if (!movement) {
        await flush();
        await evolveLevelSettings(event, sql);
        continue;
      }
      if (keys.has(stockKey(movement))) await flush();
      group.push(movement);
      keys.add(stockKey(movement));
    }
    await flush();
  },
});

/** What is not a movement: the reorder level and the low-stock flag. */
async function evolveLevelSettings(event: RecordedEvent, sql: Sql): Promise<void> {
  const e = event as RecordedOf<typeof ReorderLevelSet | typeof StockFellBelowReorderLevel | typeof StockRestored>;
  switch (e.type) {
    case ReorderLevelSet.type: {
      const d = e.data;
      await sql.query(
        `INSERT INTO inventory.stock_levels AS s (item_id, location_id, reorder_level, reorder_quantity, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id, location_id) DO UPDATE
           SET reorder_level = EXCLUDED.reorder_level, reorder_quantity = EXCLUDED.reorder_quantity, updated_at = EXCLUDED.updated_at`,
        [d.itemId, d.locationId, d.reorderLevel, d.reorderQuantity, d.at],
      );
      return;
    }
    case StockFellBelowReorderLevel.type:
    case StockRestored.type: {
      const d = e.data;
      await sql.query(`UPDATE inventory.stock_levels SET low_since = $3 WHERE item_id = $1 AND location_id = $2`, [
        d.itemId,
        d.locationId,
        e.type === StockFellBelowReorderLevel.type ? d.at : null,
      ]);
      return;
    }
  }
}
