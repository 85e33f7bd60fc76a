import type { RecordedEvent, RecordedOf, Sql } from '@hms/sdk';
import { StockCounted, StockIssued, StockIssueReversed, StockReceived, StockWrittenOff } from '../contracts/events';
import { DispensedStockReturned } from '../contracts/dispensing-events';
import type { LotQuantity } from '../contracts/schemas';

/** The events that move stock, typed by their definitions. */
export const MOVING_EVENTS = [
  StockReceived,
  StockIssued,
  StockIssueReversed,
  DispensedStockReturned,
  StockCounted,
  StockWrittenOff,
] as const;
type MovingEvent = RecordedOf<(typeof MOVING_EVENTS)[number]>;

/** One movement of stock as the stock card, the level and the lots record it. */
export interface Movement {
  readonly position: bigint;
  readonly itemId: string;
  readonly locationId: string;
  readonly at: string;
  readonly by: string;
  readonly kind: string;
  readonly change: number;
  readonly lots: readonly LotQuantity[];
  readonly reference: Record<string, unknown>;
  readonly reason: string | null;
  /** An issue to a patient: who it was for stays in patient_issues, never on the card. */
  readonly patientIssue?: {
    readonly issueId: string;
    readonly patientId: string;
    readonly encounterId: string | null;
    readonly quantity: number;
    readonly lots: readonly LotQuantity[];
    readonly prescriptionId: string | null;
  };
  /** The patient issue this movement reverses. */
  readonly reversesIssueId?: string;
}

/** The movement an event records, or undefined for the events that move no stock (reorder levels, low flags). */
export function movementOf(event: RecordedEvent): Movement | undefined {
  const e = event as MovingEvent;
  const base = { position: event.position };
  switch (e.type) {
    case StockReceived.type: {
      const d = e.data;
      return {
        ...base,
        ...where(d),
        kind: 'received',
        change: d.quantity,
        lots: [{ lot: d.lot, expiresOn: d.expiresOn, quantity: d.quantity }],
        reference: {
          orderId: d.orderId,
          deliveryId: d.deliveryId,
          transferId: d.transferId,
          fromLocationId: d.fromLocationId,
          supplier: d.supplier,
        },
        reason: null,
      };
    }
    case StockIssued.type: {
      const d = e.data;
      return {
        ...base,
        ...where(d),
        kind: 'issued',
        change: -d.quantity,
        lots: d.lots.map((l) => ({ ...l, quantity: -l.quantity })),
        // The stock card names an issue to a patient by its id only.
        reference: {
          issuedTo: d.issuedTo,
          transferId: d.transferId,
          toLocationId: d.toLocationId,
          issueId: d.issueId,
          prescriptionId: d.prescriptionId,
        },
        reason: null,
        ...(d.issueId && d.patientId
          ? {
              patientIssue: {
                issueId: d.issueId,
                patientId: d.patientId,
                encounterId: d.encounterId ?? null,
                quantity: d.quantity,
                lots: d.lots,
                prescriptionId: d.prescriptionId ?? null,
              },
            }
          : {}),
      };
    }
    case StockIssueReversed.type: {
      const d = e.data;
      return {
        ...base,
        ...where(d),
        kind: 'issue-reversed',
        change: d.quantity,
        lots: d.lots,
        reference: { issueId: d.issueId },
        reason: d.reason ?? null,
        reversesIssueId: d.issueId,
      };
    }
    case DispensedStockReturned.type: {
      const d = e.data;
      // Named by the dispense and the return only, like the dispense itself: the patient stays off the card.
      return {
        ...base,
        ...where(d),
        kind: 'dispense-returned',
        change: d.quantity,
        lots: d.lots,
        reference: { dispenseId: d.dispenseId, returnId: d.returnId },
        reason: d.reason ?? null,
      };
    }
    case StockCounted.type: {
      const d = e.data;
      const change = d.counted - d.expected;
      return {
        ...base,
        ...where(d),
        kind: 'counted',
        change,
        lots: [{ lot: d.lot, expiresOn: d.expiresOn, quantity: change }],
        reference: { counted: d.counted, expected: d.expected },
        reason: d.reason ?? null,
      };
    }
    case StockWrittenOff.type: {
      const d = e.data;
      return {
        ...base,
        ...where(d),
        kind: 'written-off',
        change: -d.quantity,
        lots: [{ lot: d.lot, expiresOn: null, quantity: -d.quantity }],
        reference: {},
        reason: d.note ? `${d.reason}: ${d.note}` : d.reason,
      };
    }
    default:
      return undefined;
  }
}

function where(d: { itemId: string; locationId: string; at: string; by: string }) {
  return { itemId: d.itemId, locationId: d.locationId, at: d.at, by: d.by };
}

/** The key a batch must not repeat: movements of one item at one location are applied one after another. */
export const stockKey = (m: Pick<Movement, 'itemId' | 'locationId'>): string => `${m.itemId}\u0000${m.locationId}`;

/**
 * Applies movements of distinct item-and-location stocks in a few statements, whatever their number: the levels,
 * the lots (a lot that reaches zero leaves the list, as in the decider's state), the stock card, the issues to
 * patients and their reversals. With distinct stocks nothing one movement writes is read by another, so this is
 * exactly `evolve` on each in turn (`stock-movements.int.spec.ts` compares the two).
 */
export async function applyMovements(sql: Sql, moves: readonly Movement[]): Promise<void> {
  if (moves.length === 0) return;
  if (new Set(moves.map(stockKey)).size !== moves.length)
    throw new Error('applyMovements takes one movement per item and location; apply the others after');
  await sql.query(
    `INSERT INTO inventory.stock_levels AS s (item_id, location_id, on_hand, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::integer[], $4::timestamptz[])
     ON CONFLICT (item_id, location_id) DO UPDATE SET on_hand = s.on_hand + EXCLUDED.on_hand, updated_at = EXCLUDED.updated_at`,
    [moves.map((m) => m.itemId), moves.map((m) => m.locationId), moves.map((m) => m.change), moves.map((m) => m.at)],
  );
  await changeLots(sql, moves);
  await sql.query(
    `INSERT INTO inventory.movements (position, item_id, location_id, kind, change, lots, reference, reason, at, by)
     SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[], $5::integer[], $6::jsonb[], $7::jsonb[],
                          $8::text[], $9::timestamptz[], $10::text[])
     ON CONFLICT (position) DO NOTHING`,
    [
      moves.map((m) => m.position.toString()),
      moves.map((m) => m.itemId),
      moves.map((m) => m.locationId),
      moves.map((m) => m.kind),
      moves.map((m) => m.change),
      moves.map((m) => JSON.stringify(m.lots)),
      moves.map((m) => JSON.stringify(m.reference)),
      moves.map((m) => m.reason),
      moves.map((m) => m.at),
      moves.map((m) => m.by),
    ],
  );
  const issues = moves.flatMap((m) => (m.patientIssue ? [{ ...m.patientIssue, move: m }] : []));
  if (issues.length > 0)
    await sql.query(
      `INSERT INTO inventory.patient_issues
         (issue_id, item_id, location_id, patient_id, encounter_id, quantity, lots, issued_at, prescription_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::integer[], $7::jsonb[],
                            $8::timestamptz[], $9::uuid[])
       ON CONFLICT (issue_id) DO NOTHING`,
      [
        issues.map((i) => i.issueId),
        issues.map((i) => i.move.itemId),
        issues.map((i) => i.move.locationId),
        issues.map((i) => i.patientId),
        issues.map((i) => i.encounterId),
        issues.map((i) => i.quantity),
        issues.map((i) => JSON.stringify(i.lots)),
        issues.map((i) => i.move.at),
        issues.map((i) => i.prescriptionId),
      ],
    );
  const reversed = moves.flatMap((m) => (m.reversesIssueId ? [m.reversesIssueId] : []));
  if (reversed.length > 0)
    await sql.query(`UPDATE inventory.patient_issues SET reversed = true WHERE issue_id = ANY($1::uuid[])`, [reversed]);
}

/** Each lot's balance moves by its quantity (summed when one movement names a lot twice); empty lots leave. */
async function changeLots(sql: Sql, moves: readonly Movement[]): Promise<void> {
  const lots = new Map<
    string,
    { itemId: string; locationId: string; lot: string; expiresOn: string | null; quantity: number }
  >();
  for (const m of moves)
    for (const lot of m.lots) {
      const key = `${stockKey(m)}\u0000${lot.lot ?? ''}`;
      const known = lots.get(key);
      if (known) known.quantity += lot.quantity;
      else
        lots.set(key, {
          itemId: m.itemId,
          locationId: m.locationId,
          lot: lot.lot ?? '',
          expiresOn: lot.expiresOn,
          quantity: lot.quantity,
        });
    }
  const rows = [...lots.values()];
  if (rows.length === 0) return;
  const balances = await sql.query<{ item_id: string; location_id: string; lot: string; quantity: number }>(
    `INSERT INTO inventory.stock_lots AS l (item_id, location_id, lot, expires_on, quantity)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::integer[])
     ON CONFLICT (item_id, location_id, lot) DO UPDATE SET quantity = l.quantity + EXCLUDED.quantity
     RETURNING item_id::text, location_id::text, lot, quantity`,
    [
      rows.map((r) => r.itemId),
      rows.map((r) => r.locationId),
      rows.map((r) => r.lot),
      rows.map((r) => r.expiresOn),
      rows.map((r) => r.quantity),
    ],
  );
  const empty = balances.filter((b) => b.quantity <= 0);
  if (empty.length > 0)
    await sql.query(
      `DELETE FROM inventory.stock_lots l USING unnest($1::uuid[], $2::uuid[], $3::text[]) AS e(item_id, location_id, lot)
        WHERE l.item_id = e.item_id AND l.location_id = e.location_id AND l.lot = e.lot`,
      [empty.map((b) => b.item_id), empty.map((b) => b.location_id), empty.map((b) => b.lot)],
    );
}
