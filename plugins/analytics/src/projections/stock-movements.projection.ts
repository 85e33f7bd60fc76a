import { defineProjection } from '@hms/sdk';
import {
  DispensedStockReturned,
  ItemDefined,
  StockCounted,
  StockIssued,
  StockIssueReversed,
  StockReceived,
  StockWrittenOff,
} from '@hms/plugin-inventory/contracts';

/**
 * Inventory's stock movements, for stock turnover: each event's change of the units on hand, and the units it sent
 * out of the stores for use (an issue that is not a transfer, a dispense included; a reversed issue and a return of
 * dispensed medication (inventory 1.4) take their units back). Transfers
 * move stock between locations of the hospital: they change each location's stock, not the hospital's.
 */
export const stockMovementsProjection = defineProjection({
  name: 'analytics.stock-movements',
  handles: [
    ItemDefined,
    StockReceived,
    StockIssued,
    StockIssueReversed,
    DispensedStockReturned,
    StockCounted,
    StockWrittenOff,
  ],
  tables: ['analytics.stock_movements', 'analytics.stock_items'],
  async evolve(event, sql) {
    if (event.type === ItemDefined.type) {
      await sql.query(`INSERT INTO analytics.stock_items (item_id, code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        event.data.itemId,
        event.data.code,
      ]);
      return;
    }
    const d = event.data;
    const [change, consumed] = (() => {
      switch (event.type) {
        case StockReceived.type:
          return [event.data.quantity, 0];
        case StockIssued.type:
          return [-event.data.quantity, event.data.transferId ? 0 : event.data.quantity];
        case StockIssueReversed.type:
        case DispensedStockReturned.type:
          return [event.data.quantity, -event.data.quantity];
        case StockCounted.type:
          return [event.data.counted - event.data.expected, 0];
        default:
          return [-event.data.quantity, 0]; // written off: gone, but not used
      }
    })();
    await sql.query(
      `INSERT INTO analytics.stock_movements (position, item_id, location_id, at, change, consumed)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (position) DO NOTHING`,
      [event.position.toString(), d.itemId, d.locationId, d.at, change, consumed],
    );
  },
});
