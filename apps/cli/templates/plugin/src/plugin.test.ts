import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { RequestSupplies } from './contracts/commands';
import { SUPPLIES_READ } from './contracts/permissions';
import { ListSupplyRequests } from './contracts/queries';
import { plugin } from './plugin';

// The real kernel (event store, buses, permission checks, projections, audit) on a fresh database of its own on the
// PostgreSQL server in TEST_DATABASE_URL (default: the `test` database on the local server), dropped at the end.
describe('the plugin on the real kernel', () => {
  let kernel: TestKernel;
  before(async () => {
    kernel = await createTestKernel({ plugins: [plugin], now: '2026-03-01T09:00:00.000Z' });
  });
  after(() => kernel?.close());

  it('lists a request once it is made', async () => {
    const { id } = await kernel.execute(RequestSupplies, { ward: 'MED2', item: 'Gloves', quantity: 10 });
    const { items } = await kernel.ask(ListSupplyRequests, { ward: 'MED2' });
    assert.deepEqual(items, [
      { id, ward: 'MED2', item: 'gloves', quantity: 10, requestedAt: '2026-03-01T09:00:00.000Z' },
    ]);
  });

  it('refuses a second request for an open item, and keeps the first', async () => {
    await assert.rejects(kernel.execute(RequestSupplies, { ward: 'MED2', item: 'gloves', quantity: 3 }), {
      code: 'ALREADY_REQUESTED',
    });
    assert.equal((await kernel.ask(ListSupplyRequests, { ward: 'MED2' })).items.length, 1);
  });

  it('refuses someone who may only read', async () => {
    await assert.rejects(
      kernel.execute(
        RequestSupplies,
        { ward: 'ICU1', item: 'masks', quantity: 5 },
        { permissions: [SUPPLIES_READ.name] },
      ),
      { code: 'PERMISSION_REQUIRED' },
    );
  });

  it('refuses bad input by field', async () => {
    await assert.rejects(kernel.execute(RequestSupplies, { ward: 'ICU1', item: 'masks', quantity: 0 }), {
      status: 400,
    });
  });
});
