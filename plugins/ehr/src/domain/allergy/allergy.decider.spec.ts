import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { allergyDecider, type AllergyCommand } from './allergy.decider';

const ALLERGY = uuid(2);
const recordAllergy = (substance = 'Penicillin'): AllergyCommand => ({
  type: 'ehr.RecordAllergy',
  meta: meta(),
  data: {
    allergyId: ALLERGY,
    patientId: PATIENT,
    substance,
    type: 'allergy',
    category: 'medication',
    reaction: 'Hives',
    severity: 'moderate',
    criticality: 'high',
  },
});
const recorded: ChartEvent = {
  type: 'ehr.AllergyRecorded',
  data: {
    ...recordedAt(),
    allergyId: ALLERGY,
    substance: 'Penicillin',
    type: 'allergy',
    category: 'medication',
    reaction: 'Hives',
    severity: 'moderate',
    criticality: 'high',
  },
};
const changeStatus = (status: 'inactive' | 'entered-in-error' | 'active'): AllergyCommand => ({
  type: 'ehr.ChangeAllergyStatus',
  meta: meta(),
  data: { patientId: PATIENT, allergyId: ALLERGY, status, reason: 'Reviewed with patient' },
});
const statusChanged = (status: 'inactive' | 'entered-in-error'): ChartEvent => ({
  type: 'ehr.AllergyStatusChanged',
  data: { ...recordedAt(), allergyId: ALLERGY, status, reason: 'Reviewed with patient' },
});

describe('allergy decider', () => {
  it('records an allergy with its reaction, severity and criticality', () =>
    deciderSpec(allergyDecider).given([]).when(recordAllergy()).then([recorded]));

  it('refuses a second active entry for the same substance, whatever its case', () =>
    deciderSpec(allergyDecider)
      .given([recorded])
      .when(recordAllergy(' penicillin '))
      .thenRejects('ALLERGY_ALREADY_RECORDED'));

  it('marks an allergy inactive or entered-in-error, with a reason', () => {
    deciderSpec(allergyDecider)
      .given([recorded])
      .when(changeStatus('inactive'))
      .then([statusChanged('inactive')]);
    deciderSpec(allergyDecider)
      .given([recorded])
      .when(changeStatus('entered-in-error'))
      .then([statusChanged('entered-in-error')]);
  });

  it('keeps entered-in-error final and refuses a change that changes nothing', () => {
    deciderSpec(allergyDecider)
      .given([recorded, statusChanged('entered-in-error')])
      .when(changeStatus('active'))
      .thenRejects('ALLERGY_ENTERED_IN_ERROR');
    deciderSpec(allergyDecider).given([recorded]).when(changeStatus('active')).thenRejects('ALLERGY_STATUS_UNCHANGED');
  });
});
