import { handleCommand, InvariantViolation } from '@hms/sdk';
import { UnmergePatient, type UnmergeResult } from '../contracts/commands';
import { PATIENT_UNMERGE } from '../contracts/permissions';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { UNMERGE_IDENTIFIER_IN_USE } from '../errors';
import { findIdentifierHolders } from '../projections/master-index.read';
import { patientView } from './patient-view';

/**
 * Undoes a merge: PatientUnmerged on the merged-away record's stream (active again as it was when merged) and
 * PatientMergeReversed on its survivor's, in one transaction, each appended at the version decided on. Anything
 * recorded on the survivor since the merge stays with the survivor (it was recorded under the survivor's id).
 *
 * Refused, changing nothing, when it would be ambiguous: an identifier the merged-away record had is held by
 * another record now (the desk copied the national id onto the survivor after the merge): both cannot have it
 * back, so the clerk removes it where it does not belong first. The identifiers table's unique key backs this up
 * against a change racing the unmerge.
 */
export const unmergePatientHandler = handleCommand(UnmergePatient, {
  permission: PATIENT_UNMERGE,
  auditPatient: (data, result) => (result === undefined ? data.patientId : [data.patientId, result.survivor.id]),
  async handle({ patientId, reason }, ctx): Promise<UnmergeResult> {
    const restored = await ctx.streams.decide(patientStream(patientId), patientDecider, {
      type: 'patient.SplitOff',
      data: { patientId, reason },
      meta: ctx.meta,
    });
    const [unmerged] = restored.events;
    if (unmerged?.type !== 'patient.PatientUnmerged') throw new Error('SplitOff must record PatientUnmerged');
    if (restored.state.status !== 'registered') throw new Error('An unmerged record must be registered');
    const holders = await findIdentifierHolders(ctx.sql, restored.state.details?.identifiers ?? []);
    const heldElsewhere = holders.find((holder) => holder.patientId !== patientId);
    if (heldElsewhere !== undefined) {
      throw new InvariantViolation(
        UNMERGE_IDENTIFIER_IN_USE,
        { patientId, heldBy: heldElsewhere.patientId },
        {
          message:
            'An identifier of this record is now recorded on another record. Remove it there first, then undo the merge.',
        },
      );
    }
    const survivor = await ctx.streams.decide(patientStream(unmerged.data.unmergedFrom), patientDecider, {
      type: 'patient.GiveBackMerged',
      data: {
        patientId: unmerged.data.unmergedFrom,
        unmergedPatientId: patientId,
        unmergedMrn: unmerged.data.mrn,
        reason,
      },
      meta: ctx.meta,
    });
    return {
      restored: patientView(restored.state, restored.version),
      survivor: patientView(survivor.state, survivor.version),
    };
  },
});
