import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import type { PrescribingOverride } from '../../contracts/schemas';
import { medicationDecider, type MedicationCommand } from './medication.decider';
import { drugKey, nameWords } from './prescribing-checks';

const ALLERGY = uuid(11);
const ACTIVE_ORDER = uuid(12);
const NEW_ORDER = uuid(13);
const dosage = { dose: '500 mg', route: 'oral', frequency: 'three times daily' };
const allergy = (substance: string, allergyId = ALLERGY): ChartEvent => ({
  type: 'ehr.AllergyRecorded',
  data: {
    ...recordedAt(),
    allergyId,
    substance,
    type: 'allergy',
    category: 'medication',
    reaction: 'Hives',
    severity: 'moderate',
    criticality: 'high',
  },
});
const inactivated: ChartEvent = {
  type: 'ehr.AllergyStatusChanged',
  data: { ...recordedAt(), allergyId: ALLERGY, status: 'inactive', reason: 'Tolerated a course since' },
};
const amlodipine: ChartEvent = {
  type: 'ehr.MedicationPrescribed',
  data: {
    ...recordedAt(),
    medicationId: ACTIVE_ORDER,
    medication: 'Amlodipine 5 mg tablet',
    dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
  },
};
const stopped: ChartEvent = {
  type: 'ehr.MedicationStopped',
  data: { ...recordedAt(), medicationId: ACTIVE_ORDER, reason: 'Ankle oedema' },
};
const prescribe = (medication: string, override?: PrescribingOverride): MedicationCommand => ({
  type: 'ehr.PrescribeMedication',
  meta: meta(),
  data: { medicationId: NEW_ORDER, patientId: PATIENT, medication, dosage, ...(override ? { override } : {}) },
});
const prescribed = (medication: string, override?: PrescribingOverride): ChartEvent => ({
  type: 'ehr.MedicationPrescribed',
  data: { ...recordedAt(), medicationId: NEW_ORDER, medication, dosage, ...(override ? { override } : {}) },
});
const reason = 'Tolerated amoxicillin last year under observation';

describe('prescribing checks', () => {
  it('reads names word by word, without case, accents or strength', () => {
    expect(nameWords('Amoxicilina  500mg, cápsula')).toEqual(['amoxicilina', '500mg', 'capsula']);
    expect(drugKey('Amlodipine 10 mg tablet')).toBe('amlodipine');
    expect(drugKey('Metformin hydrochloride 500 mg')).toBe('metformin hydrochloride');
  });

  it('refuses a medication whose name contains an active allergy, naming the allergy by id', () =>
    deciderSpec(medicationDecider)
      .given([allergy('Amoxicillin')])
      .when(prescribe('AMOXICILLIN 500 mg capsule'))
      .thenRejects('ALLERGY_CONFLICT'));

  it('refuses a drug named within an allergy substance (a combination product)', () =>
    deciderSpec(medicationDecider)
      .given([allergy('Amoxicillin and clavulanate')])
      .when(prescribe('Amoxicillin 500 mg'))
      .thenRejects('ALLERGY_CONFLICT'));

  it('does not match part of a word, nor an allergy taken off the list', () => {
    deciderSpec(medicationDecider)
      .given([allergy('Cillin')])
      .when(prescribe('Amoxicillin 500 mg'))
      .then([prescribed('Amoxicillin 500 mg')]);
    deciderSpec(medicationDecider)
      .given([allergy('Amoxicillin'), inactivated])
      .when(prescribe('Amoxicillin 500 mg'))
      .then([prescribed('Amoxicillin 500 mg')]);
  });

  it('prescribes despite the allergy when the override names it, and records the override', () => {
    const override = { allergyIds: [ALLERGY], medicationIds: [], reason };
    deciderSpec(medicationDecider)
      .given([allergy('Amoxicillin')])
      .when(prescribe('Amoxicillin 500 mg', override))
      .then([prescribed('Amoxicillin 500 mg', override)]);
  });

  it('refuses an override that does not name an allergy recorded since the prescriber looked', () =>
    deciderSpec(medicationDecider)
      .given([allergy('Amoxicillin'), allergy('Amoxicillin 500 mg', uuid(14))])
      .when(prescribe('Amoxicillin 500 mg', { allergyIds: [ALLERGY], medicationIds: [], reason }))
      .thenRejects('ALLERGY_CONFLICT'));

  it('refuses a second active order of the same drug, whatever its strength', () =>
    deciderSpec(medicationDecider)
      .given([amlodipine])
      .when(prescribe('amlodipine 10 mg'))
      .thenRejects('DUPLICATE_MEDICATION'));

  it('prescribes the drug again once the earlier order is stopped', () =>
    deciderSpec(medicationDecider)
      .given([amlodipine, stopped])
      .when(prescribe('Amlodipine 10 mg'))
      .then([prescribed('Amlodipine 10 mg')]));

  it('records a duplicate prescribed on purpose, with the order it duplicates', () => {
    const override = { allergyIds: [], medicationIds: [ACTIVE_ORDER], reason: 'Extra evening dose on purpose' };
    deciderSpec(medicationDecider)
      .given([amlodipine])
      .when(prescribe('Amlodipine 2.5 mg', override))
      .then([prescribed('Amlodipine 2.5 mg', override)]);
  });

  it('keeps no override on a prescription that needed none', () =>
    deciderSpec(medicationDecider)
      .given([])
      .when(prescribe('Paracetamol 500 mg', { allergyIds: [ALLERGY], medicationIds: [], reason }))
      .then([prescribed('Paracetamol 500 mg')]));
});
