import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import { observationDecider, type RecordObservationCommand } from './observation.decider';

const OBSERVATION = uuid(4);
const observe = (code: string, value: number, unit: string): RecordObservationCommand => ({
  type: 'ehr.RecordObservation',
  meta: meta(),
  data: { observationId: OBSERVATION, patientId: PATIENT, code, value, unit },
});
const observed = (code: string, value: number, unit: string) => ({
  type: 'ehr.ObservationRecorded',
  data: { ...recordedAt(), observationId: OBSERVATION, code, value, unit, effectiveAt: meta().now },
});

describe('observation decider', () => {
  it('records a vital sign in a unit that fits its LOINC code', () => {
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8867-4', 72, '/min'))
      .then([observed('8867-4', 72, '/min')]);
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8310-5', 98.6, '[degF]'))
      .then([observed('8310-5', 98.6, '[degF]')]);
    deciderSpec(observationDecider)
      .given([])
      .when(observe('29463-7', 154, '[lb_av]'))
      .then([observed('29463-7', 154, '[lb_av]')]);
  });

  it('keeps the time the measurement was taken when it is entered later', () =>
    deciderSpec(observationDecider)
      .given([])
      .when({
        ...observe('8480-6', 128, 'mm[Hg]'),
        data: { ...observe('8480-6', 128, 'mm[Hg]').data, effectiveAt: '2026-03-01T07:30:00.000Z' },
      })
      .then([
        {
          ...observed('8480-6', 128, 'mm[Hg]'),
          data: { ...observed('8480-6', 128, 'mm[Hg]').data, effectiveAt: '2026-03-01T07:30:00.000Z' },
        },
      ]));

  it('refuses a unit that does not fit the code', () => {
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8867-4', 72, 'kg'))
      .thenRejects('UNIT_NOT_ALLOWED');
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8310-5', 37, 'mm[Hg]'))
      .thenRejects('UNIT_NOT_ALLOWED');
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8480-6', 120, 'Cel'))
      .thenRejects('UNIT_NOT_ALLOWED');
  });

  it('refuses implausible values, judged in the canonical unit', () => {
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8310-5', 375, 'Cel'))
      .thenRejects('IMPLAUSIBLE_VALUE');
    // 37 °F is 2.8 °C: a Celsius value typed with the Fahrenheit unit.
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8310-5', 37, '[degF]'))
      .thenRejects('IMPLAUSIBLE_VALUE');
    deciderSpec(observationDecider)
      .given([])
      .when(observe('8867-4', -5, '/min'))
      .thenRejects('IMPLAUSIBLE_VALUE');
  });

  it('refuses a LOINC code the chart does not record', () =>
    deciderSpec(observationDecider)
      .given([])
      .when(observe('1234-5', 1, '/min'))
      .thenRejects('UNKNOWN_LOINC_CODE'));
});
