import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { systemActor, type Kernel } from '@hms/core';
import { IssueStock } from '@hms/plugin-inventory/contracts';
import type { Operation } from '../lib/measure';

/**
 * Issuing one unit of stock, four ways: through the command bus (IssueStock: the stock stream's events, earliest
 * expiry first, the inline read models) and as hand-written SQL (one conditional UPDATE of a balance and one INSERT
 * of the movement in a transaction, the least a store that refuses to go negative must do); each with every client
 * on its own item ("spread") and with all clients issuing the same item at the same store ("hot").
 */
export const STOCK_MODE_KEYS = ['sql-spread', 'kernel-spread', 'sql-hot', 'kernel-hot'] as const;
export type StockModeKey = (typeof STOCK_MODE_KEYS)[number];

export const STOCK_MODE_LABELS: Readonly<Record<StockModeKey, string>> = {
  'sql-spread': 'SQL UPDATE + INSERT (pg), own item',
  'kernel-spread': 'IssueStock, own item',
  'sql-hot': 'SQL UPDATE + INSERT (pg), one item for all',
  'kernel-hot': 'IssueStock, one item for all',
};

export const isHot = (mode: StockModeKey): boolean => mode.endsWith('-hot');

/** The items a cell issues from: one per client, or the first for everyone. */
export interface StockTargets {
  readonly locationId: string;
  readonly itemIds: readonly string[];
}

export function stockOperation(mode: StockModeKey, kernel: Kernel, admin: Pool, targets: StockTargets): Operation {
  const itemFor = (client: number): string => (isHot(mode) ? targets.itemIds[0]! : targets.itemIds[client]!);
  if (mode.startsWith('sql')) {
    return async (client) => {
      const connection = await admin.connect();
      try {
        await connection.query('BEGIN');
        const updated = await connection.query(
          `UPDATE bench_stock SET on_hand = on_hand - 1 WHERE item_id = $1 AND location_id = $2 AND on_hand >= 1 RETURNING on_hand`,
          [itemFor(client), targets.locationId],
        );
        if (updated.rowCount !== 1) throw new Error('the SQL baseline ran out of stock');
        await connection.query(
          `INSERT INTO bench_stock_movements (item_id, location_id, change, issued_to) VALUES ($1, $2, -1, 'Bench ward')`,
          [itemFor(client), targets.locationId],
        );
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    };
  }
  return async (client) => {
    await kernel.execute({
      type: IssueStock.type,
      data: { itemId: itemFor(client), locationId: targets.locationId, quantity: 1, issuedTo: 'Bench ward' },
      actor: systemActor(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      source: null,
    });
  };
}
