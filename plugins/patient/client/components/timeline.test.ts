import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '$lib/api/types';
import { timelineItems } from './timeline';

const PATIENT = '7d7c3a4e-1111-4a4a-8a8a-000000000001';
const MERGED = '7d7c3a4e-1111-4a4a-8a8a-000000000009';
const ENCOUNTER = '7d7c3a4e-1111-4a4a-8a8a-000000000005';
const RECORD = '7d7c3a4e-1111-4a4a-8a8a-000000000007'; // a problem, allergy, medication, plan or note
const entry = (at: string, type: string, summary: Record<string, unknown>, patientId = PATIENT): TimelineEntry => ({
  at,
  type,
  plugin: type.split('.')[0]!,
  patientId,
  summary,
});

describe('timelineItems', () => {
  it("puts every module's entries in time order, each in words", () => {
    const items = timelineItems(PATIENT, [
      entry('2026-03-10T09:00:00.000Z', 'ehr.ProblemRecorded', { code: 'I10', encounterId: ENCOUNTER }),
      entry('2026-03-01T08:00:00.000Z', 'patient.PatientRegistered', { mrn: '000000017' }),
      entry('2026-03-10T08:30:00.000Z', 'ehr.EncounterOpened', { encounterId: ENCOUNTER, class: 'outpatient' }),
    ]);
    expect(items.map((i) => [i.label, i.details])).toEqual([
      ['Registered', 'MRN: 000000017'],
      ['Visit or stay opened', 'Kind of visit: outpatient'],
      ['Diagnosis or problem recorded', 'Code: I10'],
    ]);
  });

  it('links a merge received to the merged record (where it can be undone), and names the unmerge', () => {
    const items = timelineItems(PATIENT, [
      entry('2026-03-01T08:00:00.000Z', 'patient.PatientMergeReceived', {
        mergedPatientId: MERGED,
        mergedMrn: '000000026',
        reason: 'duplicate-registration',
      }),
      entry('2026-03-02T08:00:00.000Z', 'patient.PatientMergeReversed', {
        unmergedPatientId: MERGED,
        unmergedMrn: '000000026',
      }),
    ]);
    expect(items.map((i) => [i.label, i.details, i.mergedRecordHref])).toEqual([
      [
        'Another record merged into this one',
        'MRN of the merged record: 000000026 · Reason: duplicate-registration',
        `/patients/${MERGED}`,
      ],
      ['Merge undone: the other record is separate again', 'MRN of the record made separate: 000000026', undefined],
    ]);
  });

  it('keeps the server order for entries at the same moment, names unknown types, and marks merged records', () => {
    const items = timelineItems(PATIENT, [
      entry('2026-03-01T08:00:00.000Z', 'billing.InvoiceIssued', { lines: ['A1', MERGED], total: 12 }, MERGED),
      entry('2026-03-01T08:00:00.000Z', 'patient.PatientDetailsChanged', { fields: ['phone', 'email'] }),
    ]);
    expect(items.map((i) => [i.label, i.details, i.fromMergedRecord])).toEqual([
      ['Invoice Issued', 'lines: A1 · total: 12', true],
      ['Contacts, identifiers or coverage updated', 'Changed: phone, email', false],
    ]);
  });

  it("shows every event the EHR puts on the timeline in plain words, without ids or a signed note's hash", () => {
    // The summaries as the EHR's event definitions describe them (plugins/ehr/src/contracts), ids and codes only.
    const at = '2026-03-10T09:00:00.000Z';
    const items = timelineItems(PATIENT, [
      entry(at, 'ehr.EncounterOpened', { encounterId: ENCOUNTER, class: 'inpatient', stayId: RECORD }),
      entry(at, 'ehr.EncounterClosed', { encounterId: ENCOUNTER, because: 'discharged' }),
      entry(at, 'ehr.ProblemRecorded', { problemId: RECORD, kind: 'diagnosis', code: 'E11.9', encounterId: ENCOUNTER }),
      entry(at, 'ehr.ProblemResolved', { problemId: RECORD, resolvedOn: '2026-03-09' }),
      entry(at, 'ehr.AllergyRecorded', {
        allergyId: RECORD,
        type: 'allergy',
        category: 'medication',
        criticality: 'high',
      }),
      entry(at, 'ehr.AllergyStatusChanged', { allergyId: RECORD, status: 'entered-in-error' }),
      entry(at, 'ehr.MedicationPrescribed', { medicationId: RECORD, encounterId: ENCOUNTER }),
      entry(at, 'ehr.MedicationChanged', { medicationId: RECORD }),
      entry(at, 'ehr.MedicationStopped', { medicationId: RECORD }),
      entry(at, 'ehr.ObservationRecorded', { observationId: RECORD, code: '8867-4' }),
      entry(at, 'ehr.PlanStarted', { planId: RECORD, problemId: RECORD, goals: 2 }),
      entry(at, 'ehr.PlanProgressRecorded', { planId: RECORD, entryId: RECORD, goalId: RECORD }),
      entry(at, 'ehr.PlanClosed', { planId: RECORD, outcome: 'completed' }),
      entry(at, 'ehr.NoteCreated', { noteId: RECORD, encounterId: ENCOUNTER }),
      entry(at, 'ehr.NoteSigned', { noteId: RECORD, signedVersion: 2, contentHash: 'ab'.repeat(32), amendsVersion: 1 }),
      entry(at, 'ehr.NoteAmendmentStarted', { noteId: RECORD, signedVersion: 2 }),
    ]);
    expect(items.map((i) => [i.label, i.details])).toEqual([
      ['Visit or stay opened', 'Kind of visit: inpatient'],
      ['Visit or stay closed', 'Closed because: discharged'],
      ['Diagnosis or problem recorded', 'Kind: diagnosis · Code: E11.9'],
      ['Problem resolved', 'Resolved on: 2026-03-09'],
      ['Allergy recorded', 'Type: allergy · Category: medication · Criticality: high'],
      ['Allergy status changed', 'Status: entered-in-error'],
      ['Medication prescribed', ''],
      ['Medication changed', ''],
      ['Medication stopped', ''],
      ['Measurement recorded', 'Code: 8867-4'],
      ['Treatment plan started', 'Goals: 2'],
      ['Treatment plan progress', ''],
      ['Treatment plan closed', 'Outcome: completed'],
      ['Note started', ''],
      ['Note signed', 'Version: 2 · Amends version: 1'],
      ['Note being amended', 'Version: 2'],
    ]);
  });
});
