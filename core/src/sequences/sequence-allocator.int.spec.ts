import { defineSequence } from '@hms/sdk';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { SequenceAllocator } from './sequence-allocator';

describe(SequenceAllocator.name, () => {
  let database: MigratedTestDatabase;

  beforeAll(async () => {
    database = await openMigratedTestDatabase([], 12);
    await database.db.query('CREATE SCHEMA IF NOT EXISTS lab');
  });
  afterAll(async () => database?.close());

  it('hands out unique numbers to concurrent transactions in two processes, one round trip per block', async () => {
    const definitions = [defineSequence('lab.order', { start: 1000, blockSize: 10 })];
    const one = new SequenceAllocator(definitions);
    const two = new SequenceAllocator(definitions);
    for (const ddl of one.ddl()) await database.db.query(ddl);
    const numbers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        database.db.transaction((sql) => (i % 2 ? one : two).forPlugin('lab', sql).next('lab.order')),
      ),
    );
    expect(new Set(numbers).size).toBe(200);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(1000);
    const [row] = await database.db.query<{ last_value: string }>('SELECT last_value FROM lab.order_seq');
    // Concurrent refills may waste part of a block, never more than one block per caller.
    expect(Number(row?.last_value)).toBeLessThan(1000 + 200 * 10);
  });

  it('refuses a sequence of another plugin', async () => {
    const allocator = new SequenceAllocator([defineSequence('lab.order')]);
    await expect(allocator.forPlugin('billing', database.db).next('lab.order')).rejects.toThrow('may not use');
  });
});
