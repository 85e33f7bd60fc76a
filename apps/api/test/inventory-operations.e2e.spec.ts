import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, type Answer } from './e2e-support';
import { startTestApi } from './test-api';

const PASSWORD = 'operations test passphrase';
const WARD = '6f1d2a3b-4c5d-4e6f-8a7b-000000000301';
const BIOMED = '6f1d2a3b-4c5d-4e6f-8a7b-000000000302';
const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * Inventory 1.5 over HTTP, through the compiled API with real sessions: an item bought by the box from a supplier's
 * price list, received in boxes and valued exactly; what a ward consumed; an engineer calibrating a monitor that
 * fails and using parts on a work order. Bad input is problem+json and changes nothing. Invented data only.
 */
describe('inventory purchase units, prices, consumption and equipment operations over HTTP', () => {
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

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_inventory_operations');
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

  it('buys by the box from the price list, receives boxes, and sums what a ward consumed', async () => {
    const store = await ok<{ id: string }>('POST', '/api/inventory/locations', admin, { code: 'PH', name: 'Pharmacy' });
    const item = await ok<{ id: string }>('POST', '/api/inventory/items', admin, {
      code: 'PARA-500',
      name: 'Paracetamol 500 mg',
      category: 'medicine',
      unit: 'tablet',
    });
    const supplier = await ok<{ id: string }>('POST', '/api/inventory/suppliers', admin, {
      name: 'Demo Pharma Wholesale',
      leadTimeDays: 5,
    });
    expectProblem(
      await call('POST', `/api/inventory/items/${item.id}/purchase-units`, admin, { unit: 'box', unitsOfIssue: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      (
        await call('POST', `/api/inventory/items/${item.id}/purchase-units`, admin, {
          unit: 'box of 10',
          unitsOfIssue: 10,
        })
      ).status,
    ).toBe(201);
    expectProblem(
      await call('PUT', `/api/inventory/suppliers/${supplier.id}/prices/${item.id}`, admin, {
        unitPrice: usd(1005),
        purchaseUnit: 'crate',
      }),
      422,
      'PURCHASE_UNIT_UNKNOWN',
    );
    await ok('PUT', `/api/inventory/suppliers/${supplier.id}/prices/${item.id}`, admin, {
      unitPrice: usd(1005),
      purchaseUnit: 'box of 10',
    });
    const detail = await ok<{ prices: { unitPrice: unknown }[] }>(
      'GET',
      `/api/inventory/suppliers/${supplier.id}`,
      admin,
    );
    expect(detail.prices.map((p) => p.unitPrice)).toEqual([usd(1005)]);

    const order = await ok<{ id: string }>('POST', '/api/inventory/orders', admin, {
      supplierId: supplier.id,
      locationId: store.id,
      lines: [{ itemId: item.id, quantity: 2, purchaseUnit: 'box of 10' }],
    });
    const ordered = await ok<{ lines: { ordered: number; lineTotal: unknown }[] }>(
      'GET',
      `/api/inventory/orders/${order.id}`,
      admin,
    );
    expect(ordered.lines).toMatchObject([{ ordered: 20, lineTotal: usd(2010) }]);
    await ok('POST', `/api/inventory/orders/${order.id}/deliveries`, admin, {
      lines: [{ itemId: item.id, quantity: 2, purchaseUnit: 'box of 10', lot: 'P-1', expiresOn: '2030-01-31' }],
    });
    const costs = await ok<{ stores: { onHand: number; averageUnitCost: number }[] }>(
      'GET',
      `/api/inventory/items/${item.id}/costs`,
      admin,
    );
    expect(costs.stores).toMatchObject([{ onHand: 20, averageUnitCost: 100.5 }]);

    await ok('POST', '/api/inventory/issues', admin, {
      itemId: item.id,
      locationId: store.id,
      quantity: 4,
      issuedTo: 'Ward 3',
      costCentre: 'CC-4100',
    });
    const today = new Date().toISOString().slice(0, 10);
    const consumption = await ok<{ destinations: unknown[] }>(
      'GET',
      `/api/inventory/consumption?from=${today}&to=${today}`,
      admin,
    );
    expect(consumption.destinations).toMatchObject([
      { destination: 'Ward 3', costCentre: 'CC-4100', totals: [usd(402)], items: [{ quantity: 4 }] },
    ]);
    expectProblem(
      await call('GET', `/api/inventory/consumption?from=${today}&to=2000-01-01`, admin),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call('GET', `/api/inventory/consumption?from=${today}&to=${today}`, porter),
      403,
      'PERMISSION_REQUIRED',
    );
  });

  it('calibrates a monitor that fails, takes it out of use on its ward, and uses parts on its work order', async () => {
    const monitor = await ok<{ id: string }>('POST', '/api/inventory/equipment', admin, {
      serialNumber: 'E2E-MON-1',
      model: 'Patient monitor M5',
      manufacturer: 'Demo Medical',
      locationId: WARD,
      ownerDepartmentId: BIOMED,
    });
    const today = new Date().toISOString().slice(0, 10);
    expectProblem(
      await call('POST', `/api/inventory/equipment/${monitor.id}/calibrations`, engineer, {
        calibratedOn: today,
        result: 'maybe',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const failed = await call<{ status: string }>(
      'POST',
      `/api/inventory/equipment/${monitor.id}/calibrations`,
      engineer,
      {
        calibratedOn: today,
        result: 'fail',
        certificateRef: 'CERT-E2E-1',
      },
    );
    expect(failed.status).toBe(201);
    expect(failed.body.status).toBe('out-of-service');
    const availability = await ok<{ assets: { id: string; available: boolean }[] }>(
      'GET',
      `/api/inventory/equipment-availability?locationId=${WARD}`,
      engineer,
    );
    expect(availability.assets).toEqual([expect.objectContaining({ id: monitor.id, available: false })]);

    const store = await ok<{ id: string }>('POST', '/api/inventory/locations', admin, { code: 'BME', name: 'Parts' });
    const part = await ok<{ id: string }>('POST', '/api/inventory/items', admin, {
      code: 'SPO2-PROBE',
      name: 'SpO2 probe',
      category: 'supply',
      unit: 'each',
    });
    await ok('POST', '/api/inventory/receipts', admin, {
      itemId: part.id,
      locationId: store.id,
      quantity: 1,
      unitCost: usd(3900),
    });
    const order = await ok<{ id: string }>('POST', `/api/inventory/equipment/${monitor.id}/work-orders`, engineer, {
      kind: 'corrective',
      description: 'SpO2 reads high',
    });
    expectProblem(
      await call('POST', `/api/inventory/work-orders/${order.id}/parts`, engineer, {
        locationId: store.id,
        parts: [{ itemId: part.id, quantity: 2 }],
      }),
      422,
      'INSUFFICIENT_STOCK',
    );
    await ok('POST', `/api/inventory/work-orders/${order.id}/parts`, engineer, {
      locationId: store.id,
      parts: [{ itemId: part.id, quantity: 1 }],
    });
    const record = await ok<{ calibrations: unknown[]; partsTotals: unknown[] }>(
      'GET',
      `/api/inventory/equipment/${monitor.id}/maintenance-record`,
      engineer,
    );
    expect(record.calibrations).toMatchObject([{ result: 'fail', certificateRef: 'CERT-E2E-1' }]);
    expect(record.partsTotals).toEqual([usd(3900)]);
  });
});
