import { deciderSpec } from '@hms/sdk/testing';
import {
  demographicsUpdated,
  MRN,
  PATIENT_ID,
  REGISTERED_AT,
  registered,
  registerPatient,
  registration,
  UPDATED_AT,
  updateDemographics,
} from '../../../test/builders';
import { patientDecider } from './patient.decider';

const ADDRESS = { line1: '1 Example Street', city: 'Lisbon', postalCode: '1000-001', country: 'PT' };

describe('patientDecider', () => {
  describe('RegisterPatient', () => {
    it('registers a patient with the assigned id, MRN and the command time', () =>
      deciderSpec(patientDecider).given([]).when(registerPatient()).then([registered()]));

    it('records every demographic given, and only those', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(
          registerPatient({
            middleName: 'Grace',
            phone: '+351 21 000 0000',
            address: ADDRESS,
            preferredLanguage: 'pt-PT',
          }),
        )
        .then([
          registered({
            middleName: 'Grace',
            phone: '+351 21 000 0000',
            address: ADDRESS,
            preferredLanguage: 'pt-PT',
          }),
        ]));

    it('accepts a birth today', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(registerPatient({ birthDate: '2026-03-01' }))
        .then([registered({ birthDate: '2026-03-01' })]));

    it('accepts tomorrow’s date once it is tomorrow somewhere on Earth (UTC+14)', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(registerPatient({ birthDate: '2026-03-02' }, { now: '2026-03-01T10:00:00.000Z' }))
        .then([registered({ birthDate: '2026-03-02' }, { registeredAt: '2026-03-01T10:00:00.000Z' })]));

    it('refuses a birth date in the future', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(registerPatient({ birthDate: '2026-03-02' }, { now: '2026-03-01T09:00:00.000Z' }))
        .thenRejects('BIRTH_DATE_IN_FUTURE'));

    it('refuses to register the same patient twice', () =>
      deciderSpec(patientDecider)
        .given([registered()])
        .when(registerPatient())
        .thenRejects('PATIENT_ALREADY_REGISTERED'));

    it('leaves a registered state with the demographics', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(registerPatient({ email: 'ada@example.org' }))
        .thenState({
          status: 'registered',
          patientId: PATIENT_ID,
          mrn: MRN,
          demographics: registration({ email: 'ada@example.org' }),
          registeredAt: REGISTERED_AT,
          updatedAt: REGISTERED_AT,
        }));
  });

  describe('UpdatePatientDemographics', () => {
    it('records only the fields that change', () =>
      deciderSpec(patientDecider)
        .given([registered({ phone: '+351 21 000 0000' })])
        .when(
          updateDemographics({
            givenName: 'Ada',
            familyName: 'Otherperson',
            phone: '+351 21 000 0000',
            gender: 'female',
          }),
        )
        .then([demographicsUpdated({ familyName: 'Otherperson' })]));

    it('decides nothing when nothing changes', () =>
      deciderSpec(patientDecider)
        .given([registered({ address: ADDRESS })])
        .when(updateDemographics({ givenName: 'Ada', address: { ...ADDRESS }, middleName: null }))
        .then([]));

    it('removes an optional field set to null', () =>
      deciderSpec(patientDecider)
        .given([registered({ phone: '+351 21 000 0000', email: 'ada@example.org' })])
        .when(updateDemographics({ phone: null }))
        .then([demographicsUpdated({ phone: null })]));

    it('replaces the address as a whole', () =>
      deciderSpec(patientDecider)
        .given([registered({ address: ADDRESS })])
        .when(updateDemographics({ address: { line1: '2 Example Road', city: 'Porto', country: 'PT' } }))
        .then([demographicsUpdated({ address: { line1: '2 Example Road', city: 'Porto', country: 'PT' } })]));

    it('folds changes and removals into the state', () =>
      deciderSpec(patientDecider)
        .given([
          registered({ phone: '+351 21 000 0000' }),
          demographicsUpdated({ phone: null, familyName: 'Otherperson' }),
        ])
        .when(updateDemographics({ preferredLanguage: 'en' }))
        .thenState({
          status: 'registered',
          patientId: PATIENT_ID,
          mrn: MRN,
          demographics: registration({ familyName: 'Otherperson', preferredLanguage: 'en' }),
          registeredAt: REGISTERED_AT,
          updatedAt: UPDATED_AT,
        }));

    it('accepts a corrected birth date in the past', () =>
      deciderSpec(patientDecider)
        .given([registered()])
        .when(updateDemographics({ birthDate: '1990-04-21' }))
        .then([demographicsUpdated({ birthDate: '1990-04-21' })]));

    it('refuses a corrected birth date in the future', () =>
      deciderSpec(patientDecider)
        .given([registered()])
        .when(updateDemographics({ birthDate: '2026-03-04' }, { now: UPDATED_AT }))
        .thenRejects('BIRTH_DATE_IN_FUTURE'));

    it('refuses to update a patient that was never registered', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(updateDemographics({ familyName: 'Otherperson' }))
        .thenRejects('PATIENT_NOT_FOUND'));
  });
});
