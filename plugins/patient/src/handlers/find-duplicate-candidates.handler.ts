import { handleQuery } from '@hms/sdk';
import { FindDuplicateCandidates, type DuplicateCandidates } from '../contracts/queries';
import { PATIENT_READ } from '../contracts/permissions';
import { findDuplicateCandidates } from './duplicate-candidates';

/** The likely duplicates of a registration; the audit log records every candidate shown. */
export const findDuplicateCandidatesHandler = handleQuery(FindDuplicateCandidates, {
  permission: PATIENT_READ,
  auditPatient: (_params, answer: DuplicateCandidates | undefined) => answer?.candidates.map((c) => c.id),
  async handle(params, ctx): Promise<DuplicateCandidates> {
    return { candidates: await findDuplicateCandidates(ctx.sql, params) };
  },
});
