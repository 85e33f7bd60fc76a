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
import {
  absorbMerged,
  COVERAGE,
  detailsChanged,
  MERGED_AT,
  mergeInto,
  mergeReceived,
  merged,
  NATIONAL_ID,
  NEXT_OF_KIN,
  OTHER_ID,
  PHONE,
  updateDetails,
} from '../../../test/mpi-builders';
import { patientDecider } from './patient.decider';

describe('patientDecider: master patient index', () => {
  describe('RegisterPatient with details', () => {
    it('records the details given beside the registration, at the same time', () =>
      deciderSpec(patientDecider)
        .given([])
        .when({
          ...registerPatient(),
          data: { ...registerPatient().data, contacts: [PHONE], identifiers: [NATIONAL_ID] },
        })
        .then([registered(), detailsChanged({ contacts: [PHONE], identifiers: [NATIONAL_ID] }, REGISTERED_AT)]));

    it('leaves empty lists out', () =>
      deciderSpec(patientDecider)
        .given([])
        .when({ ...registerPatient(), data: { ...registerPatient().data, contacts: [], coverages: [] } })
        .then([registered()]));

    it('records a duplicate-check override with its reason and the candidates', () => {
      const duplicateOverride = { reason: 'multiple-birth' as const, candidateIds: [OTHER_ID] };
      const base = registered();
      deciderSpec(patientDecider)
        .given([])
        .when({ ...registerPatient(), data: { ...registerPatient().data, duplicateOverride } })
        .then([{ ...base, data: { ...base.data, duplicateOverride } }]);
    });
  });

  describe('UpdatePatientDetails', () => {
    it('records only the lists that change', () =>
      deciderSpec(patientDecider)
        .given([registered(), detailsChanged({ contacts: [PHONE] })])
        .when(updateDetails({ contacts: [{ ...PHONE }], coverages: [COVERAGE] }))
        .then([detailsChanged({ coverages: [COVERAGE] })]));

    it('decides nothing when nothing changes, and an empty list for an absent one is no change', () =>
      deciderSpec(patientDecider)
        .given([registered(), detailsChanged({ nextOfKin: [NEXT_OF_KIN] })])
        .when(updateDetails({ nextOfKin: [NEXT_OF_KIN], identifiers: [] }))
        .then([]));

    it('removes a list with an empty one, and folds details into the state', () =>
      deciderSpec(patientDecider)
        .given([registered(), detailsChanged({ contacts: [PHONE], identifiers: [NATIONAL_ID] })])
        .when(updateDetails({ contacts: [] }))
        .thenState({
          status: 'registered',
          patientId: PATIENT_ID,
          mrn: MRN,
          demographics: registration(),
          registeredAt: REGISTERED_AT,
          updatedAt: UPDATED_AT,
          details: { identifiers: [NATIONAL_ID] },
        }));

    it('refuses an unknown patient', () =>
      deciderSpec(patientDecider)
        .given([])
        .when(updateDetails({ contacts: [PHONE] }))
        .thenRejects('PATIENT_NOT_FOUND'));

    it('refuses a merged record', () =>
      deciderSpec(patientDecider)
        .given([registered(), merged()])
        .when(updateDetails({ contacts: [PHONE] }))
        .thenRejects('PATIENT_MERGED'));
  });

  describe('merging', () => {
    it('merges a record away into its survivor', () =>
      deciderSpec(patientDecider).given([registered()]).when(mergeInto()).then([merged()]));

    it('leaves the merged record with its MRN and survivor', () =>
      deciderSpec(patientDecider)
        .given([registered()])
        .when(mergeInto())
        .thenState({
          status: 'merged',
          patientId: PATIENT_ID,
          mrn: MRN,
          mergedInto: OTHER_ID,
          before: {
            status: 'registered',
            patientId: PATIENT_ID,
            mrn: MRN,
            demographics: registration(),
            registeredAt: REGISTERED_AT,
            updatedAt: REGISTERED_AT,
          },
        }));

    it('refuses merging a record into itself', () =>
      deciderSpec(patientDecider).given([registered()]).when(mergeInto(PATIENT_ID)).thenRejects('MERGE_INTO_ITSELF'));

    it('refuses merging a record twice', () =>
      deciderSpec(patientDecider).given([registered(), merged()]).when(mergeInto()).thenRejects('PATIENT_MERGED'));

    it('refuses merging away a record that took in others (no chains)', () =>
      deciderSpec(patientDecider)
        .given([registered(), mergeReceived()])
        .when(mergeInto('8b3c4d5e-6f70-4a81-9c92-a3b4c5d6e7f8'))
        .thenRejects('MERGE_CHAIN'));

    it('refuses merging an unknown record', () =>
      deciderSpec(patientDecider).given([]).when(mergeInto()).thenRejects('PATIENT_NOT_FOUND'));

    it('lets the survivor take in a record', () =>
      deciderSpec(patientDecider).given([registered()]).when(absorbMerged()).then([mergeReceived()]));

    it('keeps the absorbed ids in the survivor’s state', () =>
      deciderSpec(patientDecider)
        .given([registered()])
        .when(absorbMerged())
        .thenState({
          status: 'registered',
          patientId: PATIENT_ID,
          mrn: MRN,
          demographics: registration(),
          registeredAt: REGISTERED_AT,
          updatedAt: MERGED_AT,
          absorbed: [OTHER_ID],
        }));

    it('refuses a survivor that was itself merged away', () =>
      deciderSpec(patientDecider)
        .given([registered(), merged()])
        .when(absorbMerged())
        .thenRejects('MERGE_TARGET_MERGED'));

    it('refuses an unknown survivor', () =>
      deciderSpec(patientDecider).given([]).when(absorbMerged()).thenRejects('PATIENT_NOT_FOUND'));

    it('refuses demographic changes to a merged record', () =>
      deciderSpec(patientDecider)
        .given([registered(), demographicsUpdated({ familyName: 'Other' }), merged()])
        .when(updateDemographics({ familyName: 'Again' }))
        .thenRejects('PATIENT_MERGED'));
  });
});
