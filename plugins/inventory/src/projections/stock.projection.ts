import { defineProjection, type RecordedEvent, type Sql } from '@hms/sdk';
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
import type { LotQuantity } from '../contracts/schemas';

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
    switch (event.type) {
      case ReorderLevelSet.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.stock_levels AS s (item_id, location_id, reorder_level, reorder_quantity, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (item_id, location_id) DO UPDATE
             SET reorder_level = EXCLUDED.reorder_level, reorder_quantity = EXCLUDED.reorder_quantity, updated_at = EXCLUDED.updated_at`,
          [d.itemId, d.locationId, d.reorderLevel, d.reorderQuantity, d.at],
        );
        return;
      }
      case StockReceived.type: {
        const d = event.data;
        const lots = [{ lot: d.lot, expiresOn: d.expiresOn, quantity: d.quantity }];
        await moved(sql, event, d, 'received', d.quantity, lots, {
          orderId: d.orderId,
          deliveryId: d.deliveryId,
          transferId: d.transferId,
          fromLocationId: d.fromLocationId,
          supplier: d.supplier,
        });
        return;
      }
      case StockIssued.type: {
        const d = event.data;
        const lots = d.lots.map((l) => ({ ...l, quantity: -l.quantity }));
        // The stock card names an issue to a patient by its id only: who it was for stays in patient_issues.
        await moved(sql, event, d, 'issued', -d.quantity, lots, {
          issuedTo: d.issuedTo,
          transferId: d.transferId,
          toLocationId: d.toLocationId,
          issueId: d.issueId,
          prescriptionId: d.prescriptionId,
        });
        if (d.issueId && d.patientId) {
          await sql.query(
            `INSERT INTO inventory.patient_issues (issue_id, item_id, location_id, patient_id, encounter_id, quantity, lots, issued_at, prescription_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (issue_id) DO NOTHING`,
            [
              d.issueId,
              d.itemId,
              d.locationId,
              d.patientId,
              d.encounterId ?? null,
              d.quantity,
              JSON.stringify(d.lots),
              d.at,
              d.prescriptionId ?? null,
            ],
          );
        }
        return;
      }
      case StockIssueReversed.type: {
        const d = event.data;
        await moved(sql, event, d, 'issue-reversed', d.quantity, d.lots, { issueId: d.issueId }, d.reason);
        await sql.query(`UPDATE inventory.patient_issues SET reversed = true WHERE issue_id = $1`, [d.issueId]);
        return;
      }
      case DispensedStockReturned.type: {
        const d = event.data;
        // Named by the dispense and the return only, like the dispense itself: the patient stays off the card.
        const reference = { dispenseId: d.dispenseId, returnId: d.returnId };
        await moved(sql, event, d, 'dispense-returned', d.quantity, d.lots, reference, d.reason);
        return;
      }
      case StockCounted.type: {
        const d = event.data;
        const change = d.counted - d.expected;
        await moved(
          sql,
          event,
          d,
          'counted',
          change,
          [{ lot: d.lot, expiresOn: d.expiresOn, quantity: change }],
          { counted: d.counted, expected: d.expected },
          d.reason,
        );
        return;
      }
      case StockWrittenOff.type: {
        const d = event.data;
        await moved(
          sql,
          event,
          d,
          'written-off',
          -d.quantity,
          [{ lot: d.lot, expiresOn: null, quantity: -d.quantity }],
          {},
          d.note ? `${d.reason}: ${d.note}` : d.reason,
        );
        return;
      }
      case StockFellBelowReorderLevel.type:
      case StockRestored.type: {
        const d = event.data;
        await sql.query(`UPDATE inventory.stock_levels SET low_since = $3 WHERE item_id = $1 AND location_id = $2`, [
          d.itemId,
          d.locationId,
          event.type === StockFellBelowReorderLevel.type ? d.at : null,
        ]);
        return;
      }
    }
  },
});

interface AtLocation {
  itemId: string;
  locationId: string;
  at: string;
  by: string;
}

/** One movement: the level, each lot it touched, and a line on the stock card. */
async function moved(
  sql: Sql,
  event: RecordedEvent,
  d: AtLocation,
  kind: string,
  change: number,
  lots: readonly LotQuantity[],
  reference: Record<string, unknown>,
  reason?: string,
): Promise<void> {
  await changeLevel(sql, d, change);
  for (const lot of lots) await changeLot(sql, d, lot);
  await sql.query(
    `INSERT INTO inventory.movements (position, item_id, location_id, kind, change, lots, reference, reason, at, by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (position) DO NOTHING`,
    [
      event.position.toString(),
      d.itemId,
      d.locationId,
      kind,
      change,
      JSON.stringify(lots),
      JSON.stringify(reference),
      reason ?? null,
      d.at,
      d.by,
    ],
  );
}

async function changeLevel(sql: Sql, d: AtLocation, change: number): Promise<void> {
  await sql.query(
    `INSERT INTO inventory.stock_levels AS s (item_id, location_id, on_hand, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (item_id, location_id) DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand, updated_at = EXCLUDED.updated_at`,
    [d.itemId, d.locationId, change, d.at],
  );
}

/** A lot's balance moves by `quantity`; a lot that reaches zero leaves the list (as in the decider's state). */
async function changeLot(sql: Sql, d: AtLocation, lot: LotQuantity): Promise<void> {
  const [row] = await sql.query<{ quantity: number }>(
    `INSERT INTO inventory.stock_lots AS l (item_id, location_id, lot, expires_on, quantity) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (item_id, location_id, lot) DO UPDATE SET quantity = l.quantity + EXCLUDED.quantity
     RETURNING quantity`,
    [d.itemId, d.locationId, lot.lot ?? '', lot.expiresOn, lot.quantity],
  );
  if (row && row.quantity <= 0) {
    await sql.query(`DELETE FROM inventory.stock_lots WHERE item_id = $1 AND location_id = $2 AND lot = $3`, [
      d.itemId,
      d.locationId,
      lot.lot ?? '',
    ]);
  }
}
