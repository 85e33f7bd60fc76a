import { NotFoundError, type CommandContext, type Decider } from '@hms/sdk';
import type { ClaimView } from '../contracts/queries';
import { CLAIM_NOT_FOUND } from '../errors';
import { claimDecider, type ClaimCommand } from '../domain/claim/claim.decider';
import type { ClaimEvent } from '../domain/claim/claim.events';
import type { ClaimState } from '../domain/claim/claim.state';
import { claimStream } from '../domain/streams';
import { notifyClaimEvents } from '../notifications/claim-notifications';

/** A claim as answers show it: FHIR-named lines and the payer's latest decision on each. */
export function claimView(state: ClaimState, claimId: string): ClaimView {
  if (state.status === 'none') throw new NotFoundError(CLAIM_NOT_FOUND, { claimId });
  const currency = state.benefitTotal.currency;
  return {
    claimId: state.claimId,
    patientId: state.patientId,
    payerId: state.payerId,
    status: state.status,
    submission: state.submission,
    total: { amount: state.item.reduce((s, i) => s + i.net.amount, 0), currency },
    benefitTotal: state.benefitTotal,
    paidTotal: state.paidTotal,
    item: state.item.map((i) => ({ ...i })),
    diagnosis: state.diagnosis.map((d) => ({ ...d })),
    adjudicated: Object.values(state.adjudicated).map((a) => ({
      itemSequence: a.itemSequence,
      status: a.status,
      reasonCode: a.reasonCode ?? null,
      benefit: a.adjudication.find((x) => x.category === 'benefit')?.amount ?? { amount: 0, currency },
      patientResponsibility: a.patientResponsibility,
    })),
  };
}

/** One step of a claim's life with the payer, decided on the claim's stream. */
export async function decideClaim(
  ctx: CommandContext,
  command: ClaimCommand,
  decider: Decider<ClaimState, ClaimCommand, ClaimEvent> = claimDecider,
): Promise<{ view: ClaimView; events: readonly ClaimEvent[] }> {
  const { state, events } = await ctx.streams.decide(claimStream(command.data.claimId), decider, command);
  notifyClaimEvents(ctx, command.data.claimId, events);
  return { view: claimView(state, command.data.claimId), events };
}
