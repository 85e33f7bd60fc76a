import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, type Answer } from './e2e-support';
import { startTestApi } from './test-api';

const PASSWORD = 'equipment test passphrase';
const WARD = '6f1d2a3b-4c5d-4e6f-8a7b-000000000201';
const BIOMED = '6f1d2a3b-4c5d-4e6f-8a7b-000000000202';

interface AssetView {
  id: string;
  status: string;
  flags: string[];
  nextMaintenanceDueOn: string | null;
  plans: { id: string; nextDueOn: string; lastDoneOn: string | null }[];
  workOrders: { id: string; number: string; status: string; findings: string | null }[];
  statusHistory: { from: string; to: string; reason: string }[];
}

/**
 * The equipment register, suppliers and stock value over HTTP, through the compiled API with real sessions: a
 * biomedical engineer registers a pump, plans its maintenance, is told by the maintenance job that it is due, and
 * completes the work order; bad input is refused in problem+json and changes nothing. Invented equipment only.
 */
describe('inventory equipment, suppliers and value over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let engineer: string;
  let porter: string;

  const call = async <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<Answer<B>> =>
    http.call<B>(method, path, { token, body });
  const ok = async <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<B> => {
    const answer = await call<B>(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };
  const expectProblem = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(answer.body).toMatchObject({ code });
  };
  const asset = (id: string) => ok<AssetView>('GET', `/api/inventory/equipment/${id}`, engineer);
  /** The job runs on the API's workers: poll the engineer's inbox until its alert is there (or give up). */
  const alertReached = async (kind: string): Promise<void> => {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
      const inbox = await ok<{ items: { kind: string }[] }>('GET', '/api/notifications', engineer);
      if (inbox.items.some((n) => n.kind === kind)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no ${kind} notification reached the engineer`);
  };
  const register = { serialNumber: 'E2E-PUMP-1', model: 'Infusion pump P300', manufacturer: 'Demo Medical' };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_equipment');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    await accounts.createAccount({
      username: 'biomed',
      password: PASSWORD,
      displayName: 'Biomedical engineer',
      roles: ['biomedical-engineer'],
    });
    await accounts.upsertRole('porter', 'Moves things', []);
    await accounts.createAccount({ username: 'porter', password: PASSWORD, displayName: 'Porter', roles: ['porter'] });
    engineer = await http.login('biomed', PASSWORD);
    porter = await http.login('porter', PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('refuses bad registrations in problem+json and registers nothing', async () => {
    const base = { ...register, locationId: WARD, ownerDepartmentId: BIOMED };
    expectProblem(
      await call('POST', '/api/inventory/equipment', engineer, { ...base, serialNumber: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call('POST', '/api/inventory/equipment', engineer, {
        ...base,
        purchaseCost: { amount: 12.5, currency: 'USD' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call('POST', '/api/inventory/equipment', engineer, {
        ...base,
        purchasedOn: '2026-01-10',
        warrantyEndsOn: '2025-01-10',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await call('POST', '/api/inventory/equipment', porter, base), 403, 'PERMISSION_REQUIRED');
    expect((await ok<{ items: unknown[] }>('GET', '/api/inventory/equipment', engineer)).items).toEqual([]);
  });

  it('registers a pump, plans its maintenance, raises it as due, and completes the work order', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const pump = await ok<AssetView>('POST', '/api/inventory/equipment', engineer, {
      ...register,
      locationId: WARD,
      ownerDepartmentId: BIOMED,
      purchasedOn: '2025-06-01',
      purchaseCost: { amount: 250_000, currency: 'USD' },
      warrantyEndsOn: '2030-06-01',
    });
    expectProblem(
      await call('POST', '/api/inventory/equipment', engineer, {
        ...register,
        locationId: WARD,
        ownerDepartmentId: BIOMED,
      }),
      409,
      'ASSET_SERIAL_TAKEN',
    );
    const plan = await ok<{ planId: string }>(
      'POST',
      `/api/inventory/equipment/${pump.id}/maintenance-plans`,
      engineer,
      {
        name: 'Electrical safety test',
        intervalDays: 180,
        firstDueOn: today,
      },
    );
    expect((await asset(pump.id)).nextMaintenanceDueOn).toBe(today);

    await api.kernel.enqueue('inventory.check-equipment-maintenance', {}, { jobId: 'e2e-equipment-1' });
    await alertReached('inventory.maintenance-due');

    expectProblem(
      await call('POST', `/api/inventory/equipment/${pump.id}/work-orders`, engineer, {
        kind: 'preventive',
        description: 'No plan named',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const order = await ok<{ id: string; number: string }>(
      'POST',
      `/api/inventory/equipment/${pump.id}/work-orders`,
      engineer,
      {
        kind: 'preventive',
        planId: plan.planId,
        description: 'Six-monthly electrical safety test',
      },
    );
    expectProblem(
      await call('POST', `/api/inventory/work-orders/${order.id}/complete`, engineer, {
        findings: 'OK',
        doneOn: '2999-01-01',
      }),
      422,
      'DONE_IN_FUTURE',
    );
    expect((await asset(pump.id)).workOrders).toMatchObject([{ id: order.id, status: 'open', findings: null }]);
    await ok('POST', `/api/inventory/work-orders/${order.id}/complete`, engineer, {
      findings: 'Leakage within limits',
    });
    const after = await asset(pump.id);
    expect(after.workOrders).toMatchObject([{ id: order.id, status: 'done', findings: 'Leakage within limits' }]);
    expect(after.plans).toMatchObject([{ id: plan.planId, lastDoneOn: today }]);
    expect(after.nextMaintenanceDueOn! > today).toBe(true);

    await ok('POST', `/api/inventory/equipment/${pump.id}/status`, engineer, {
      status: 'out-of-service',
      reason: 'Occlusion alarm fails',
    });
    expectProblem(
      await call('POST', `/api/inventory/equipment/${pump.id}/status`, engineer, {
        status: 'out-of-service',
        reason: 'Again',
      }),
      422,
      'ASSET_STATUS_UNCHANGED',
    );
    expectProblem(
      await call('POST', `/api/inventory/equipment/${pump.id}/status`, engineer, { status: 'broken', reason: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    const flagged = await ok<{ items: AssetView[] }>('GET', '/api/inventory/equipment?flagged=true', engineer);
    expect(flagged.items.map((a) => [a.id, a.flags])).toEqual([[pump.id, ['out-of-service']]]);
    expect((await asset(pump.id)).statusHistory).toHaveLength(1);
  });

  it('orders from a supplier of the master, values the delivery, and refuses a bad cost changing nothing', async () => {
    const supplier = await ok<{ id: string }>('POST', '/api/inventory/suppliers', admin, {
      name: 'Demo Medical Supplies',
      contact: 'orders@supplier.example.test',
      leadTimeDays: 7,
    });
    const store = await ok<{ id: string }>('POST', '/api/inventory/locations', admin, {
      code: 'MAIN',
      name: 'Main store',
    });
    const item = await ok<{ id: string }>('POST', '/api/inventory/items', admin, {
      code: 'GAUZE-10',
      name: 'Gauze swab 10 cm',
      category: 'supply',
      unit: 'pack',
    });
    const lines = [{ itemId: item.id, quantity: 20 }];
    expectProblem(
      await call('POST', '/api/inventory/orders', admin, {
        supplierId: supplier.id,
        supplier: 'Both',
        locationId: store.id,
        lines,
      }),
      422,
      'SUPPLIER_REQUIRED',
    );
    const order = await ok<{ id: string }>('POST', '/api/inventory/orders', admin, {
      supplierId: supplier.id,
      locationId: store.id,
      lines,
    });
    const legacy = await ok<{ id: string }>('POST', '/api/inventory/orders', admin, {
      supplier: 'Corner pharmacy',
      locationId: store.id,
      lines,
    });
    expect((await ok<{ supplier: string }>('GET', `/api/inventory/orders/${order.id}`, admin)).supplier).toBe(
      'Demo Medical Supplies',
    );
    expect((await ok<{ supplier: string }>('GET', `/api/inventory/orders/${legacy.id}`, admin)).supplier).toBe(
      'Corner pharmacy',
    );

    expectProblem(
      await call('POST', `/api/inventory/orders/${order.id}/deliveries`, admin, {
        lines: [{ itemId: item.id, quantity: 20, unitCost: { amount: 150, currency: 'usd' } }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    const value = () =>
      ok<{ method: string; stores: { totals: { amount: number; currency: string }[] }[] }>(
        'GET',
        `/api/inventory/stock-value?locationId=${store.id}`,
        admin,
      );
    expect(await value()).toEqual({ method: 'weighted-average', stores: [] });
    await ok('POST', `/api/inventory/orders/${order.id}/deliveries`, admin, {
      lines: [{ itemId: item.id, quantity: 20, unitCost: { amount: 150, currency: 'USD' } }],
    });
    expect((await value()).stores[0]?.totals).toEqual([{ amount: 3000, currency: 'USD' }]);
  });
});
