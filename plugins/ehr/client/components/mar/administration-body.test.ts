import { describe, expect, it } from 'vitest';
import { messages as msg } from '../../messages.en';
import { administrationBody } from './administration-body';

const form = { medicationId: 'm', outcome: 'given' as const, dose: '', reason: '', at: '' };

describe('a dose from the form', () => {
  it('is a given dose now, with nothing else when nothing else was typed', () =>
    expect(administrationBody(form)).toEqual({ ok: true, body: { medicationId: 'm', outcome: 'given' } }));

  it('says why a held or refused dose was not given, and refuses it without a reason', () => {
    expect(administrationBody({ ...form, outcome: 'held' })).toEqual({ ok: false, error: msg.mar.needReason });
    expect(administrationBody({ ...form, outcome: 'refused', reason: ' Declined ' })).toEqual({
      ok: true,
      body: { medicationId: 'm', outcome: 'refused', reason: 'Declined' },
    });
  });

  it('sends the typed local time as an instant, and the dose given', () => {
    const built = administrationBody({ ...form, dose: '2 tablets', at: '2026-03-02T09:30' });
    expect(built).toEqual({
      ok: true,
      body: {
        medicationId: 'm',
        outcome: 'given',
        dose: '2 tablets',
        administeredAt: new Date('2026-03-02T09:30').toISOString(),
      },
    });
  });

  it('needs the medication', () =>
    expect(administrationBody({ ...form, medicationId: '' })).toEqual({ ok: false, error: msg.mar.needMedication }));
});
