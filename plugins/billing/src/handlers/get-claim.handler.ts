import { handleQuery } from '@hms/sdk';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { GetClaim } from '../contracts/queries';
import { claimDecider } from '../domain/claim/claim.decider';
import { claimStream } from '../domain/streams';
import { claimView } from './claim-views';

export const getClaimHandler = handleQuery(GetClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_params, result) => result?.patientId,
  async handle(params, ctx) {
    const { state } = await ctx.streams.load(claimStream(params.claimId), claimDecider);
    return claimView(state, params.claimId);
  },
});
