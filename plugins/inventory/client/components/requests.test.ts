import { describe, expect, it } from 'vitest';
import { messages as msg } from '../messages.en';
import { countBody, issueBody, receiptBody, reorderBody, transferBody, wholeNumber, writeOffBody } from './requests';

const medicine = { id: 'item-1', tracksLots: true };
const gloves = { id: 'item-2', tracksLots: false };

describe('form fields', () => {
  it('take whole numbers only', () => {
    expect(wholeNumber(12, 1)).toBe(12);
    expect(wholeNumber('12', 1)).toBe(12);
    expect(wholeNumber(0, 1)).toBeNull();
    expect(wholeNumber(0, 0)).toBe(0);
    expect(wholeNumber(2.5, 1)).toBeNull();
    expect(wholeNumber(null, 0)).toBeNull();
    expect(wholeNumber('', 0)).toBeNull();
  });
});

describe('the stock command bodies', () => {
  it('issue: a location, a positive quantity and where it goes', () => {
    expect(issueBody('item-1', { locationId: 'loc', quantity: 20, issuedTo: ' Ward 3A ' })).toEqual({
      ok: true,
      body: { itemId: 'item-1', locationId: 'loc', quantity: 20, issuedTo: 'Ward 3A' },
    });
    expect(issueBody('item-1', { locationId: 'loc', quantity: 0, issuedTo: 'Ward 3A' })).toEqual({
      ok: false,
      error: msg.inventory.needQuantity,
    });
    expect(issueBody('item-1', { locationId: 'loc', quantity: 1, issuedTo: ' ' })).toEqual({
      ok: false,
      error: msg.inventory.needIssuedTo,
    });
    expect(issueBody('item-1', { locationId: '', quantity: 1, issuedTo: 'x' })).toEqual({
      ok: false,
      error: msg.inventory.needLocation,
    });
  });

  it('transfer: two different locations', () => {
    expect(transferBody('item-1', { fromLocationId: 'a', toLocationId: 'a', quantity: 5 })).toEqual({
      ok: false,
      error: msg.inventory.needDifferentLocations,
    });
    expect(transferBody('item-1', { fromLocationId: 'a', toLocationId: 'b', quantity: 5 })).toEqual({
      ok: true,
      body: { itemId: 'item-1', fromLocationId: 'a', toLocationId: 'b', quantity: 5 },
    });
  });

  it('receipt: lot and expiry for a lot item, neither for another', () => {
    expect(receiptBody(medicine, { locationId: 'loc', quantity: 50, lot: 'A1', expiresOn: '', supplier: '' })).toEqual({
      ok: false,
      error: msg.inventory.needLot,
    });
    expect(
      receiptBody(medicine, { locationId: 'loc', quantity: 50, lot: 'A1', expiresOn: '2027-01-31', supplier: 'Acme' }),
    ).toEqual({
      ok: true,
      body: { itemId: 'item-1', locationId: 'loc', quantity: 50, lot: 'A1', expiresOn: '2027-01-31', supplier: 'Acme' },
    });
    expect(
      receiptBody(gloves, { locationId: 'loc', quantity: 3, lot: 'stale', expiresOn: '2027-01-31', supplier: '' }),
    ).toEqual({ ok: true, body: { itemId: 'item-2', locationId: 'loc', quantity: 3 } });
  });

  it('count: zero is a count; a lot item names its lot', () => {
    expect(countBody(gloves, { locationId: 'loc', lot: '', expiresOn: '', counted: 0, reason: '' })).toEqual({
      ok: true,
      body: { itemId: 'item-2', locationId: 'loc', counted: 0 },
    });
    expect(countBody(medicine, { locationId: 'loc', lot: '', expiresOn: '', counted: 4, reason: '' })).toEqual({
      ok: false,
      error: msg.inventory.needLotName,
    });
    expect(
      countBody(medicine, { locationId: 'loc', lot: 'A1', expiresOn: '', counted: 4, reason: 'Monthly count' }),
    ).toEqual({
      ok: true,
      body: { itemId: 'item-1', locationId: 'loc', lot: 'A1', counted: 4, reason: 'Monthly count' },
    });
  });

  it('write-off: a lot for a lot item and one of the reasons', () => {
    expect(writeOffBody(medicine, { locationId: 'loc', lot: 'A1', quantity: 2, reason: '', note: '' })).toEqual({
      ok: false,
      error: msg.inventory.needReason,
    });
    expect(
      writeOffBody(medicine, { locationId: 'loc', lot: 'A1', quantity: 2, reason: 'damaged', note: 'Dropped' }),
    ).toEqual({
      ok: true,
      body: { itemId: 'item-1', locationId: 'loc', lot: 'A1', quantity: 2, reason: 'damaged', note: 'Dropped' },
    });
  });

  it('reorder level: 0 turns the alert off, the quantity must be positive', () => {
    expect(reorderBody({ locationId: 'loc', reorderLevel: 0, reorderQuantity: 10 })).toEqual({
      ok: true,
      body: { reorderLevel: 0, reorderQuantity: 10 },
    });
    expect(reorderBody({ locationId: 'loc', reorderLevel: 5, reorderQuantity: 0 })).toEqual({
      ok: false,
      error: msg.inventory.needLevel,
    });
  });
});
