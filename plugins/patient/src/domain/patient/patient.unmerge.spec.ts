import { deciderSpec } from '@hms/sdk/testing';
import { meta, MRN, PATIENT_ID, REGISTERED_AT, registered, registration } from '../../../test/builders';
import { detailsChanged, merged, mergeReceived, NATIONAL_ID, OTHER_ID, OTHER_MRN } from '../../../test/mpi-builders';
import { patientDecider } from './patient.decider';
import type { GiveBackMergedCommand, SplitOffCommand } from './patient.unmerge';

const UNMERGED_AT = '2026-03-03T10:00:00.000Z';
const REASON = 'Two different people';
const splitOff = (): SplitOffCommand => ({
  type: 'patient.SplitOff',
  data: { patientId: PATIENT_ID, reason: REASON },
  meta: meta({ now: UNMERGED_AT }),
});
const giveBack = (): GiveBackMergedCommand => ({
  type: 'patient.GiveBackMerged',
  data: { patientId: PATIENT_ID, unmergedPatientId: OTHER_ID, unmergedMrn: OTHER_MRN, reason: REASON },
  meta: meta({ now: UNMERGED_AT }),
});

describe('patientDecider: undoing a merge', () => {
  describe('the merged-away record (SplitOff)', () => {
    it('records the unmerge, naming the survivor it leaves', () =>
      deciderSpec(patientDecider)
        .given([registered(), merged()])
        .when(splitOff())
        .then([
          {
            type: 'patient.PatientUnmerged',
            data: { patientId: PATIENT_ID, mrn: MRN, unmergedFrom: OTHER_ID, reason: REASON, unmergedAt: UNMERGED_AT },
          },
        ]));

    it('is the record it was before the merge again, details included', () =>
      deciderSpec(patientDecider)
        .given([registered(), detailsChanged({ identifiers: [NATIONAL_ID] }), merged()])
        .when(splitOff())
        .thenState({
          status: 'registered',
          patientId: PATIENT_ID,
          mrn: MRN,
          demographics: registration(),
          registeredAt: REGISTERED_AT,
          updatedAt: UNMERGED_AT,
          details: { identifiers: [NATIONAL_ID] },
        }));

    it('refuses a record that is not merged away, or unknown', () => {
      deciderSpec(patientDecider).given([registered()]).when(splitOff()).thenRejects('PATIENT_NOT_MERGED');
      deciderSpec(patientDecider).given([]).when(splitOff()).thenRejects('PATIENT_NOT_FOUND');
    });
  });

  describe('the survivor (GiveBackMerged)', () => {
    it('gives the record back and no longer lists it', () =>
      deciderSpec(patientDecider).given([registered(), mergeReceived()]).when(giveBack()).thenState({
        status: 'registered',
        patientId: PATIENT_ID,
        mrn: MRN,
        demographics: registration(),
        registeredAt: REGISTERED_AT,
        updatedAt: UNMERGED_AT,
      }));

    it('refuses a record it does not hold', () =>
      deciderSpec(patientDecider).given([registered()]).when(giveBack()).thenRejects('PATIENT_NOT_MERGED'));
  });
});
