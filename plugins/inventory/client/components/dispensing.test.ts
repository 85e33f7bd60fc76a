import { describe, expect, it } from 'vitest';
import type { StockItem } from '$lib/api/types';
import { messages as msg } from '../messages.en';
import { describeLots, dispensableMedicines, dispenseBody, returnBody } from './dispensing';

const item = (over: Partial<StockItem>): StockItem => ({
  id: 'i',
  code: 'C',
  name: 'N',
  category: 'medicine',
  unit: 'capsule',
  tracksLots: true,
  drugCode: null,
  formulary: null,
  discontinued: false,
  onHand: 10,
  lowLocations: 0,
  ...over,
});

describe('the pharmacy forms', () => {
  it('build a dispense only with a medicine, a store and a whole quantity', () => {
    expect(dispenseBody({ itemId: '', locationId: 'l', quantity: 1 })).toEqual({
      ok: false,
      error: msg.pharmacy.needItem,
    });
    expect(dispenseBody({ itemId: 'i', locationId: '', quantity: 1 })).toEqual({
      ok: false,
      error: msg.pharmacy.needLocation,
    });
    expect(dispenseBody({ itemId: 'i', locationId: 'l', quantity: 0 })).toEqual({
      ok: false,
      error: msg.pharmacy.needQuantity,
    });
    expect(dispenseBody({ itemId: 'i', locationId: 'l', quantity: '8' })).toEqual({
      ok: true,
      body: { itemId: 'i', locationId: 'l', quantity: 8 },
    });
  });

  it('build a return only with a quantity and a reason', () => {
    expect(returnBody({ dispenseId: 'd', quantity: 2, reason: '  ' })).toEqual({
      ok: false,
      error: msg.pharmacy.needReason,
    });
    expect(returnBody({ dispenseId: 'd', quantity: 2, reason: ' Discharged ' })).toEqual({
      ok: true,
      body: { dispenseId: 'd', quantity: 2, reason: 'Discharged' },
    });
  });

  it('offer medicines in stock, formulary ones first', () => {
    const offered = dispensableMedicines([
      item({ id: 'b', name: 'Bravo', formulary: false }),
      item({ id: 'gloves', name: 'Gloves', category: 'supply' }),
      item({ id: 'empty', name: 'Empty', onHand: 0 }),
      item({ id: 'c', name: 'Charlie', formulary: true }),
      item({ id: 'a', name: 'Alpha' }),
    ]);
    expect(offered.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('describe the lots of a dispense', () =>
    expect(
      describeLots([
        { lot: 'B2', expiresOn: '2026-04-30', quantity: 6 },
        { lot: 'C3', expiresOn: '2027-01-31', quantity: 2 },
      ]),
    ).toBe('6 of B2 (to 2026-04-30), 2 of C3 (to 2027-01-31)'));
});
