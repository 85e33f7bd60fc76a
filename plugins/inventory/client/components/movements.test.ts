import { describe, expect, it } from 'vitest';
import type { StockMovement } from '$lib/api/types';
import { movementDetail, movementOrderId } from './movements';

const names: Record<string, string> = { pharm: 'Main pharmacy', ward: 'Ward 3A store' };
const name = (id: string) => names[id] ?? id;
const movement = (
  kind: StockMovement['kind'],
  reference: Record<string, unknown>,
  extra: Partial<StockMovement> = {},
): StockMovement => ({
  position: '1',
  locationId: 'ward',
  kind,
  change: 0,
  lots: [],
  reference,
  reason: null,
  at: '2026-03-10T09:00:00.000Z',
  by: 'admin',
  ...extra,
});

describe('a stock-card line', () => {
  it('says where stock came from', () => {
    expect(
      movementDetail(
        movement('received', { supplier: 'Acme' }, { lots: [{ lot: 'A1', expiresOn: '2027-01-31', quantity: 30 }] }),
        name,
      ),
    ).toBe('from Acme · Lot: A1 (31 Jan 2027)');
    expect(movementDetail(movement('received', { fromLocationId: 'pharm', transferId: 't' }), name)).toBe(
      'transfer from Main pharmacy',
    );
    const delivered = movement('received', { orderId: 'o-1', deliveryId: 'd-1' });
    expect(movementDetail(delivered, name)).toBe('delivery on a purchase order');
    expect(movementOrderId(delivered)).toBe('o-1');
  });

  it('says where stock went, and which lots it was taken from', () => {
    const issued = movement(
      'issued',
      { issuedTo: 'Theatre 2' },
      {
        lots: [
          { lot: 'A1', expiresOn: '2026-04-01', quantity: -10 },
          { lot: 'B2', expiresOn: '2027-01-01', quantity: -5 },
        ],
      },
    );
    expect(movementDetail(issued, name)).toBe('Issued to: Theatre 2 · Lot: A1 (1 Apr 2026), B2 (1 Jan 2027)');
    expect(movementDetail(movement('issued', { toLocationId: 'pharm' }), name)).toBe('transfer to Main pharmacy');
  });

  it('names an issue to a patient by its issue id only, and its reversal', () => {
    const issueId = '5f1e2d3c-0000-4000-8000-000000000001';
    expect(movementDetail(movement('issued', { issuedTo: 'Bay 4', issueId }), name)).toBe(
      'Issued to: Bay 4 · for a patient (issue 5f1e2d3c)',
    );
    expect(movementDetail(movement('issue-reversed', { issueId }, { reason: 'Returned unused' }), name)).toBe(
      'for a patient (issue 5f1e2d3c) · Returned unused',
    );
  });

  it('says what a count found and why stock was written off', () => {
    expect(movementDetail(movement('counted', { counted: 8, expected: 10 }, { reason: 'Monthly count' }), name)).toBe(
      'counted 8, expected 10 · Monthly count',
    );
    expect(movementDetail(movement('written-off', {}, { reason: 'damaged: Dropped' }), name)).toBe('Damaged: Dropped');
  });
});
