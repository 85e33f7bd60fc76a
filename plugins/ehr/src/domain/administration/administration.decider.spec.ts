import { deciderSpec } from '@hms/sdk/testing';
import { ENCOUNTER, meta, NOW, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { administrationDecider, type RecordAdministrationCommand } from './administration.decider';

const MEDICATION = uuid(3);
const ADMINISTRATION = uuid(4);
const PRESCRIBED_AT = '2026-03-01T07:00:00.000Z';
const prescribed: ChartEvent = {
  type: 'ehr.MedicationPrescribed',
  data: {
    ...recordedAt(PRESCRIBED_AT),
    medicationId: MEDICATION,
    medication: 'Amoxicillin 500 mg capsule',
    dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
    quantity: 21,
  },
};
const stopped: ChartEvent = {
  type: 'ehr.MedicationStopped',
  data: { ...recordedAt('2026-03-01T08:00:00.000Z'), medicationId: MEDICATION, reason: 'Rash' },
};
const record = (data: Partial<RecordAdministrationCommand['data']> = {}): RecordAdministrationCommand => ({
  type: 'ehr.RecordAdministration',
  meta: meta(),
  data: {
    patientId: PATIENT,
    administrationId: ADMINISTRATION,
    medicationId: MEDICATION,
    encounterId: ENCOUNTER,
    outcome: 'given',
    ...data,
  },
});
const recorded = (data: Record<string, unknown> = {}): ChartEvent => ({
  type: 'ehr.MedicationAdministrationRecorded',
  data: {
    ...recordedAt(),
    administrationId: ADMINISTRATION,
    medicationId: MEDICATION,
    encounterId: ENCOUNTER,
    outcome: 'given',
    administeredAt: NOW,
    ...data,
  },
});

describe('administration decider', () => {
  it('records a dose given now, during the stay, with the nurse and the time', () =>
    deciderSpec(administrationDecider).given([prescribed]).when(record()).then([recorded()]));

  it('records a dose given earlier in the shift at the time it was given, with the dose', () =>
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ administeredAt: '2026-03-01T10:30:00+02:00', dose: '1 capsule' }))
      .then([recorded({ administeredAt: '2026-03-01T08:30:00.000Z', dose: '1 capsule' })]));

  it('records a held dose and a refused one with the reason', () => {
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ outcome: 'held', reason: 'Nil by mouth before theatre' }))
      .then([recorded({ outcome: 'held', reason: 'Nil by mouth before theatre' })]);
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ outcome: 'refused', reason: 'Patient declined' }))
      .then([recorded({ outcome: 'refused', reason: 'Patient declined' })]);
  });

  it('refuses a dose outside an inpatient stay', () =>
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ encounterId: null }))
      .thenRejects('NOT_AN_INPATIENT'));

  it('refuses a dose of a stopped or unknown medication', () => {
    deciderSpec(administrationDecider).given([prescribed, stopped]).when(record()).thenRejects('MEDICATION_NOT_ACTIVE');
    deciderSpec(administrationDecider).given([]).when(record()).thenRejects('MEDICATION_NOT_FOUND');
  });

  it('refuses a time still to come and a time before the prescription', () => {
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ administeredAt: '2026-03-01T10:00:00.000Z' }))
      .thenRejects('ADMINISTRATION_IN_FUTURE');
    deciderSpec(administrationDecider)
      .given([prescribed])
      .when(record({ administeredAt: '2026-03-01T06:59:00.000Z' }))
      .thenRejects('ADMINISTRATION_BEFORE_PRESCRIPTION');
  });
});
