import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '$lib/api/types';
import { timelineItems } from './timeline';

const PATIENT = '7d7c3a4e-1111-4a4a-8a8a-000000000001';
const MERGED = '7d7c3a4e-1111-4a4a-8a8a-000000000009';
const ENCOUNTER = '7d7c3a4e-1111-4a4a-8a8a-000000000005';
const entry = (at: string, type: string, summary: Record<string, unknown>, patientId = PATIENT): TimelineEntry =>
  ({ at, type, plugin: type.split('.')[0]!, patientId, summary });

describe('timelineItems', () => {
  it("puts every module's entries in time order, each in words", () => {
    const items = timelineItems(PATIENT, [
      entry('2026-03-10T09:00:00.000Z', 'ehr.ProblemRecorded', { code: 'I10', encounterId: ENCOUNTER }),
      entry('2026-03-01T08:00:00.000Z', 'patient.PatientRegistered', { mrn: '000000017' }),
      entry('2026-03-10T08:30:00.000Z', 'ehr.EncounterOpened', { encounterId: ENCOUNTER, class: 'outpatient' }),
    ]);
    expect(items.map((i) => [i.label, i.details])).toEqual([
      ['Registered', 'mrn: 000000017'],
      ['Visit or stay opened', 'class: outpatient'],
      ['Diagnosis or problem recorded', 'code: I10'],
    ]);
  });

  it('keeps the server order for entries at the same moment, names unknown types, and marks merged records', () => {
    const items = timelineItems(PATIENT, [
      entry('2026-03-01T08:00:00.000Z', 'billing.InvoiceIssued', { lines: ['A1', MERGED], total: 12 }, MERGED),
      entry('2026-03-01T08:00:00.000Z', 'patient.PatientDetailsChanged', { fields: ['phone', 'email'] }),
    ]);
    expect(items.map((i) => [i.label, i.details, i.fromMergedRecord])).toEqual([
      ['Invoice Issued', 'lines: A1 · total: 12', true],
      ['Contacts, identifiers or coverage updated', 'fields: phone, email', false],
    ]);
  });
});
