import { describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { coverBody, invoiceWindow, paymentBody, refundBody } from './account-actions';

describe('the cash desk forms', () => {
  it('builds a payment in minor units of the account currency, with the provider reference only when given', () => {
    expect(paymentBody('KES', { method: 'card', amount: '1,500.50', reference: ' psp-1 ' })).toEqual({
      ok: true,
      body: { method: 'card', amount: { amount: 150_050, currency: 'KES' }, providerReference: 'psp-1' },
    });
    expect(paymentBody('KES', { method: 'cash', amount: '20', reference: '' })).toEqual({
      ok: true,
      body: { method: 'cash', amount: { amount: 2000, currency: 'KES' } },
    });
  });

  it('says what is wrong before sending', () => {
    expect(paymentBody('KES', { method: 'cash', amount: '12.345', reference: '' })).toMatchObject({ ok: false });
    expect(paymentBody(null, { method: 'cash', amount: '10', reference: '' })).toMatchObject({ ok: false });
    expect(refundBody('KES', { method: 'cash', amount: '10', reason: '  ' })).toMatchObject({ ok: false });
    expect(refundBody('KES', { method: 'cash', amount: '10', reason: 'Overpaid' })).toMatchObject({
      ok: true,
      body: { amount: { amount: 1000, currency: 'KES' }, reason: 'Overpaid' },
    });
  });

  it('invoices the open charges up to today, due thirty days later', () => {
    expect(invoiceWindow('2026-03-02')).toEqual({ from: '1900-01-01', to: '2026-03-02', dueOn: '2026-04-01' });
  });
});

describe('the cover form', () => {
  const form = {
    payerId: 'p-1',
    policyNumber: ' M-77 ',
    validFrom: '2026-01-01',
    coinsurancePercent: '12.5',
    deductible: '',
  };

  it('builds a cover with the patient percentage in basis points and the deductible in minor units', () => {
    expect(coverBody('KES', { ...form, deductible: '2,000' })).toEqual({
      ok: true,
      body: {
        payerId: 'p-1',
        policyNumber: 'M-77',
        validFrom: '2026-01-01',
        terms: {
          deductiblePerYear: { amount: 200_000, currency: 'KES' },
          copays: [],
          coinsuranceBp: 1250,
          excludedServices: [],
          excludedCategories: [],
        },
      },
    });
  });

  it('refuses a percentage out of range or too fine, and a missing insurer', () => {
    expect(coverBody('KES', { ...form, coinsurancePercent: '101' })).toMatchObject({ ok: false });
    expect(coverBody('KES', { ...form, coinsurancePercent: '12.345' })).toMatchObject({ ok: false });
    expect(coverBody('KES', { ...form, payerId: '' })).toMatchObject({ ok: false });
  });

  it('reads the percentage and the deductible as typed in Portuguese', () => {
    setCurrentLocale('pt-BR');
    try {
      expect(coverBody('BRL', { ...form, coinsurancePercent: '12,5', deductible: '2.000,00' })).toMatchObject({
        ok: true,
        body: { terms: { coinsuranceBp: 1250, deductiblePerYear: { amount: 200_000, currency: 'BRL' } } },
      });
      expect(coverBody('BRL', { ...form, coinsurancePercent: '12,345' })).toMatchObject({ ok: false });
    } finally {
      setCurrentLocale('en-GB');
    }
  });
});
