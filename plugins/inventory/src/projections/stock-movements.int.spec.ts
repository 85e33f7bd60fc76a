import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  CountStock,
  DefineItem,
  DefineLocation,
  IssueStock,
  ReceiveStock,
  ReverseIssue,
  SetReorderLevel,
  TransferStock,
  WriteOffStock,
} from '../contracts/commands';
import { inventoryPlugin } from '../plugin';
import { stockProjection } from './stock.projection';
import { stockValueProjection } from './stock-value.projection';

const TABLES = [
  'inventory.stock_values ORDER BY item_id, location_id',
  'inventory.consumption ORDER BY day, location_id, item_id, destination, cost_centre',
  'inventory.issue_values ORDER BY issue_id',
  'inventory.stock_levels ORDER BY item_id, location_id',
  'inventory.stock_lots ORDER BY item_id, location_id, lot',
  'inventory.movements ORDER BY position',
  'inventory.patient_issues ORDER BY issue_id',
];

/**
 * The stock and stock-value projections take a write's events in a few statements (`evolveBatch`) instead of several
 * per movement. They must leave exactly what `evolve` one event at a time leaves (levels, lots, the stock card, values
 * and consumption): concurrent commands on the same and on different
 * stocks (so one transaction carries several movements, some of one stock), patient issues and a reversal, counts,
 * write-offs, transfers and reorder settings, then the tables replayed event by event with `evolve` compared.
 */
describe('the stock projection in batches', () => {
  let kernel: TestKernel;
  afterAll(async () => kernel?.close());

  it('leaves the same levels, lots, stock card and patient issues as applying each event in turn', async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin] });
    const stores = [
      await kernel.execute(DefineLocation, { code: 'MAIN', name: 'Main store' }),
      await kernel.execute(DefineLocation, { code: 'W2', name: 'Ward 2 store' }),
    ];
    const items: { id: string }[] = [];
    for (const code of ['GAUZE', 'SALINE', 'CEF']) {
      const item = await kernel.execute(DefineItem, {
        code,
        name: code,
        category: 'supply',
        unit: 'each',
        tracksLots: true,
      });
      items.push(item);
      for (const store of stores) {
        for (const [lot, expiresOn] of [
          ['A', '2027-01-31'],
          ['B', '2027-06-30'],
        ] as const)
          await kernel.execute(ReceiveStock, {
            itemId: item.id,
            locationId: store.id,
            quantity: 40,
            lot,
            expiresOn,
            unitCost: { amount: lot === 'A' ? 333 : 518, currency: 'KES' },
          });
        await kernel.execute(SetReorderLevel, {
          itemId: item.id,
          locationId: store.id,
          reorderLevel: 30,
          reorderQuantity: 50,
        });
      }
    }
    // Rounds of concurrent commands: they share transactions, some on one stock, some on others.
    const patientIssues: string[] = [];
    for (let round = 0; round < 6; round++) {
      const work = Array.from({ length: 10 }, async (_, i) => {
        const item = items[(round + i) % items.length]!;
        const store = stores[i % stores.length]!;
        const patientId = i % 3 === 0 ? randomUUID() : undefined;
        const issued = await kernel.execute(IssueStock, {
          itemId: item.id,
          locationId: store.id,
          quantity: 1 + (i % 4),
          issuedTo: `Bed ${i}`,
          ...(i % 2 === 0 ? { costCentre: `CC-${i % 4}` } : {}),
          ...(patientId ? { patientId } : {}),
        });
        if (issued.issueId) patientIssues.push(issued.issueId);
      });
      await Promise.all([
        ...work,
        kernel.execute(ReceiveStock, {
          itemId: items[round % 3]!.id,
          locationId: stores[0]!.id,
          quantity: 5,
          lot: `R${round}`,
        }),
        kernel.execute(TransferStock, {
          itemId: items[(round + 1) % 3]!.id,
          fromLocationId: stores[0]!.id,
          toLocationId: stores[1]!.id,
          quantity: 2,
        }),
      ]);
    }
    await Promise.all([
      kernel.execute(ReverseIssue, { issueId: patientIssues[0]!, reason: 'Returned unused' }),
      kernel.execute(CountStock, {
        itemId: items[0]!.id,
        locationId: stores[1]!.id,
        lot: 'B',
        counted: 3,
        reason: 'Stock take',
      }),
      kernel.execute(WriteOffStock, {
        itemId: items[1]!.id,
        locationId: stores[0]!.id,
        lot: 'A',
        quantity: 2,
        reason: 'damaged',
      }),
    ]);
    const batched = await tables();
    // The stock card has every movement, and the stores' value and consumption are not all zero.
    expect((batched[5] as unknown[]).length).toBeGreaterThan(70);
    expect((batched[1] as { value: string }[]).some((row) => Number(row.value) > 0)).toBe(true);

    // The same events, one at a time through `evolve`.
    for (const table of TABLES) await kernel.sql.query(`TRUNCATE ${table.split(' ')[0]}`);
    const handled = [...new Set([...stockProjection.handles, ...stockValueProjection.handles].map((h) => h.type))];
    const rows = await kernel.sql.query<{
      position: string;
      stream_id: string;
      stream_version: number;
      event_type: string;
      schema_version: number;
      data: unknown;
      metadata: RecordedEvent['meta'];
      recorded_at: Date;
    }>(
      `SELECT position, stream_id, stream_version, event_type, schema_version, data, metadata, recorded_at
         FROM core.events WHERE event_type = ANY($1::text[]) ORDER BY transaction_id, position`,
      [handled],
    );
    for (const row of rows) {
      const event = {
        position: BigInt(row.position),
        streamId: row.stream_id,
        streamVersion: row.stream_version,
        type: row.event_type,
        schemaVersion: row.schema_version,
        data: row.data,
        meta: row.metadata,
        recordedAt: row.recorded_at,
      };
      for (const projection of [stockProjection, stockValueProjection])
        if (projection.handles.some((h) => h.type === event.type)) await projection.evolve(event, kernel.sql);
    }
    expect(await tables()).toEqual(batched);
  }, 60_000);

  async function tables(): Promise<unknown[][]> {
    return Promise.all(TABLES.map((table) => kernel.sql.query(`SELECT * FROM ${table}`)));
  }
});
