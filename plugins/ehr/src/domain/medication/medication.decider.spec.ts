import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { medicationDecider, type MedicationCommand } from './medication.decider';

const MEDICATION = uuid(3);
const dosage = { dose: '5 mg', route: 'oral', frequency: 'once daily' };
const higher = { dose: '10 mg', route: 'oral', frequency: 'once daily' };
const prescribed: ChartEvent = {
  type: 'ehr.MedicationPrescribed',
  data: {
    ...recordedAt(),
    medicationId: MEDICATION,
    medication: 'Amlodipine 5 mg tablet',
    dosage,
    reason: 'Hypertension',
  },
};
const stopped: ChartEvent = {
  type: 'ehr.MedicationStopped',
  data: { ...recordedAt(), medicationId: MEDICATION, reason: 'Ankle oedema' },
};
const change: MedicationCommand = {
  type: 'ehr.ChangeMedication',
  meta: meta(),
  data: { patientId: PATIENT, medicationId: MEDICATION, dosage: higher, reason: 'Pressure still high' },
};
const stop: MedicationCommand = {
  type: 'ehr.StopMedication',
  meta: meta(),
  data: { patientId: PATIENT, medicationId: MEDICATION, reason: 'Ankle oedema' },
};

describe('medication decider', () => {
  it('prescribes', () =>
    deciderSpec(medicationDecider)
      .given([])
      .when({
        type: 'ehr.PrescribeMedication',
        meta: meta(),
        data: {
          medicationId: MEDICATION,
          patientId: PATIENT,
          medication: 'Amlodipine 5 mg tablet',
          dosage,
          reason: 'Hypertension',
        },
      })
      .then([prescribed]));

  it('changes the dosage of an active medication, with the reason', () =>
    deciderSpec(medicationDecider)
      .given([prescribed])
      .when(change)
      .then([
        {
          type: 'ehr.MedicationChanged',
          data: { ...recordedAt(), medicationId: MEDICATION, dosage: higher, reason: 'Pressure still high' },
        },
      ]));

  it('stops an active medication, with the reason', () =>
    deciderSpec(medicationDecider).given([prescribed]).when(stop).then([stopped]));

  it('refuses to change or stop a stopped or unknown medication', () => {
    deciderSpec(medicationDecider).given([prescribed, stopped]).when(change).thenRejects('MEDICATION_NOT_ACTIVE');
    deciderSpec(medicationDecider).given([prescribed, stopped]).when(stop).thenRejects('MEDICATION_NOT_ACTIVE');
    deciderSpec(medicationDecider).given([]).when(stop).thenRejects('MEDICATION_NOT_FOUND');
  });
});
