import { describe, expect, it } from 'vitest';
import { priceBody, serviceBody } from './catalogue-forms';

describe('the catalogue forms', () => {
  it('builds a service and refuses a code or name the server would refuse', () => {
    expect(serviceBody({ code: ' CONS-GP ', name: 'General consultation', category: 'consultation' })).toEqual({
      ok: true,
      body: { serviceCode: 'CONS-GP', name: 'General consultation', category: 'consultation' },
    });
    expect(serviceBody({ code: 'a b', name: 'x', category: 'other' })).toMatchObject({ ok: false });
    expect(serviceBody({ code: 'X1', name: ' ', category: 'other' })).toMatchObject({ ok: false });
  });

  it('builds a price in minor units from a date on, open-ended unless an end is given', () => {
    expect(priceBody('KES', { serviceCode: 'CONS-GP', amount: '1500', validFrom: '2026-01-01', validTo: '' })).toEqual({
      ok: true,
      body: { serviceCode: 'CONS-GP', unitPrice: { amount: 150_000, currency: 'KES' }, validFrom: '2026-01-01' },
    });
    expect(priceBody('KES', { serviceCode: '', amount: '1', validFrom: '2026-01-01', validTo: '' })).toMatchObject({
      ok: false,
    });
    expect(priceBody('KES', { serviceCode: 'X', amount: '1', validFrom: '', validTo: '' })).toMatchObject({
      ok: false,
    });
  });
});
