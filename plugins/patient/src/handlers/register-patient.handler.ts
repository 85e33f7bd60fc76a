import { ConflictError, handleCommand } from '@hms/sdk';
import { RegisterPatient } from '../contracts/commands';
import { PATIENT_REGISTER } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { formatMrn, MRN_SEQUENCE } from '../domain/mrn/mrn';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { POSSIBLE_DUPLICATE } from '../errors';
import { findDuplicateCandidates } from './duplicate-candidates';
import { assertIdentifiersFree } from './identifier-check';
import { patientView } from './patient-view';
import type { DuplicateCandidate } from '../contracts/queries';

/**
 * Looks for likely duplicates, assigns the id and the MRN, lets the decider register, and answers with the new
 * patient's view. Likely duplicates refuse the registration (409 POSSIBLE_DUPLICATE, candidate ids and MRNs in the
 * details) unless the front desk overrides with a reason code. Two registrations of one person at the same moment
 * can both pass the search (it reads committed data); an identifier's unique key still stops a shared identifier. The
 * SDK gives a handler no way to add details to
 * its audit record, so the override (reason and candidate ids) is recorded in the PatientRegistered event itself.
 */
export const registerPatientHandler = handleCommand(RegisterPatient, {
  permission: PATIENT_REGISTER,
  auditPatient: (_data, patient: PatientView | undefined) => patient?.id,
  // The duplicate search reads the directory before the registration joins its batch, in parallel with others.
  async prepare(
    { overrideDuplicateCheck, duplicateOverrideReason: _reason, ...data },
    ctx,
  ): Promise<DuplicateCandidate[]> {
    const candidates = await findDuplicateCandidates(ctx.sql, data);
    if (candidates.length > 0 && overrideDuplicateCheck !== true) {
      throw new ConflictError(POSSIBLE_DUPLICATE, { candidates: candidates.map(({ id, mrn }) => ({ id, mrn })) });
    }
    await assertIdentifiersFree(ctx.sql, undefined, data.identifiers);
    return candidates;
  },
  async handle(
    { overrideDuplicateCheck: _override, duplicateOverrideReason, ...data },
    ctx,
    candidates,
  ): Promise<PatientView> {
    const patientId = ctx.newId();
    const duplicateOverride =
      duplicateOverrideReason === undefined || candidates.length === 0
        ? {}
        : { duplicateOverride: { reason: duplicateOverrideReason, candidateIds: candidates.map((c) => c.id) } };
    const mrn = formatMrn(await ctx.sequences.next(MRN_SEQUENCE.name));
    const { state, version } = await ctx.streams.decide(
      patientStream(patientId),
      patientDecider,
      { type: 'patient.RegisterPatient', data: { ...data, patientId, mrn, ...duplicateOverride }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    return patientView(state, version);
  },
});
