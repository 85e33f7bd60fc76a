import { describe, expect, it } from 'vitest';
import { accessHistoryHref, auditQuery, EMPTY_FILTERS, instantOf } from './audit-filters';

const PATIENT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('audit filters', () => {
  it('sends only the filters filled in, trimmed, with the page', () => {
    expect(auditQuery(EMPTY_FILTERS, { limit: 50 })).toEqual({ limit: 50 });
    expect(
      auditQuery(
        { ...EMPTY_FILTERS, patientId: ` ${PATIENT} `, actor: ' dr.lima ', outcome: 'denied', emergencyOnly: true },
        { limit: 50, after: 'abc' },
      ),
    ).toEqual({
      patientId: PATIENT,
      actor: 'dr.lima',
      outcome: 'denied',
      emergencyOnly: 'true',
      limit: 50,
      after: 'abc',
    });
  });

  it("reads the form's local times as instants on this computer's clock", () => {
    expect(instantOf('2026-03-01T09:30')).toBe(new Date(2026, 2, 1, 9, 30).toISOString());
    expect(instantOf('')).toBeUndefined();
    expect(instantOf('not a time')).toBeUndefined();
  });

  it("links a patient's access history with the period and the zone, ids only", () => {
    expect(accessHistoryHref(EMPTY_FILTERS, 'Europe/Lisbon')).toBeUndefined();
    const href = accessHistoryHref({ ...EMPTY_FILTERS, patientId: PATIENT, from: '2026-03-01T00:00' }, 'Europe/Lisbon');
    expect(href).toBe(
      `/api/audit/patients/${PATIENT}/access-history?timeZone=Europe%2FLisbon&from=${encodeURIComponent(new Date(2026, 2, 1).toISOString())}`,
    );
  });
});
