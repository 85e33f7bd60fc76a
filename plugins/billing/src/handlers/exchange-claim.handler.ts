import { ConflictError, handleCommand, NotFoundError, type CommandContext, type QueryContext } from '@hms/sdk';
import { ExchangeClaim } from '../contracts/claim-exchange';
import { CLAIM_MANAGE } from '../contracts/permissions';
import {
  claimExchangeDecider,
  claimToExchangeFold,
  exchangeKey,
  type ClaimToExchange,
} from '../domain/claim/claim-exchange';
import { claimExchangeStream, claimStream } from '../domain/streams';
import { CLAIM_NOT_FOUND, NO_CLEARINGHOUSE } from '../errors';
import type { ClearinghouseAnswer } from '../insurance/clearinghouse';
import type { BillingPluginOptions } from '../options';
import { adjudicateAndBillPatient } from './adjudicate-and-bill';
import { decideClaim } from './claim-views';

type Prepared =
  | { readonly kind: 'sent'; readonly exchange: string; readonly clearinghouse: string; readonly submissionId: string }
  | { readonly kind: 'answered'; readonly answer: ClearinghouseAnswer }
  | { readonly kind: 'nothing-to-do' };

/**
 * One step of a claim with the clearinghouse. The clearinghouse is called in `prepare`, before the transaction
 * opens: a submitted or appealed claim not yet sent is sent (once per exchange: the clearinghouse keys on it), and
 * one already sent is polled. `handle` records what came back as the clerk's steps would be, on the claim as it
 * stands then; an answer the claim has moved past (a clerk recorded it meanwhile) is refused by the claim's decider.
 */
export const exchangeClaimHandler = handleCommand(ExchangeClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async prepare(data, ctx: QueryContext<BillingPluginOptions>): Promise<Prepared> {
    const clearinghouse = ctx.options.clearinghouse;
    if (!clearinghouse) throw new ConflictError(NO_CLEARINGHOUSE, {});
    const claim = (await ctx.streams.load(claimStream(data.claimId), claimToExchangeFold)).state;
    if (claim.status === 'none') throw new NotFoundError(CLAIM_NOT_FOUND, { claimId: data.claimId });
    const sent = (await ctx.streams.load(claimExchangeStream(data.claimId), claimExchangeDecider)).state;
    const exchange = exchangeKey(claim);
    const submissionId = sent[exchange];
    if (submissionId === undefined && (claim.status === 'submitted' || claim.status === 'appealed')) {
      const taken = await clearinghouse.submit({
        exchange,
        claimId: claim.claimId,
        payerId: claim.payerId,
        use: claim.use,
        submission: claim.submission,
        appealedItemSequences: claim.status === 'appealed' ? claim.appealedItemSequences : [],
        item: claim.item,
        diagnosis: claim.diagnosis,
      });
      return { kind: 'sent', exchange, clearinghouse: clearinghouse.name, submissionId: taken.submissionId };
    }
    if (submissionId !== undefined && ['submitted', 'accepted', 'appealed'].includes(claim.status))
      return { kind: 'answered', answer: await clearinghouse.poll(submissionId) };
    return { kind: 'nothing-to-do' };
  },
  preload: (data) => [claimStream(data.claimId), claimExchangeStream(data.claimId)],
  async handle(data, ctx, prepared) {
    const { state: claim } = await ctx.streams.load(claimStream(data.claimId), claimToExchangeFold);
    if (claim.status === 'none') throw new NotFoundError(CLAIM_NOT_FOUND, { claimId: data.claimId });
    const answer = { claimId: data.claimId, patientId: claim.patientId };
    switch (prepared.kind) {
      case 'nothing-to-do':
        return { ...answer, step: 'nothing-to-do' as const };
      case 'sent':
        await ctx.streams.decide(claimExchangeStream(data.claimId), claimExchangeDecider, {
          type: 'billing.RecordClaimSent',
          data: {
            ...answer,
            exchange: prepared.exchange,
            clearinghouse: prepared.clearinghouse,
            submissionId: prepared.submissionId,
          },
          meta: ctx.meta,
        });
        return { ...answer, step: 'sent' as const };
      case 'answered':
        return { ...answer, step: await record(ctx, claim, prepared.answer) };
    }
  },
});

async function record(
  ctx: CommandContext,
  claim: Exclude<ClaimToExchange, { status: 'none' }>,
  answer: ClearinghouseAnswer,
): Promise<'pending' | 'accepted' | 'rejected' | 'adjudicated'> {
  const claimId = claim.claimId;
  switch (answer.status) {
    case 'pending':
      return 'pending';
    case 'rejected':
      await decideClaim(ctx, {
        type: 'billing.RejectClaim',
        data: { claimId, errors: answer.errors.map((e) => ({ code: e.code })) },
        meta: ctx.meta,
      });
      return 'rejected';
    case 'accepted':
      if (claim.status === 'submitted')
        await decideClaim(ctx, {
          type: 'billing.AcceptClaim',
          data: { claimId, payerReference: answer.payerReference },
          meta: ctx.meta,
        });
      return 'accepted';
    case 'adjudicated':
      // A payer may adjudicate at once, without a separate "accepted".
      if (claim.status === 'submitted')
        await decideClaim(ctx, {
          type: 'billing.AcceptClaim',
          data: { claimId, payerReference: answer.payerReference },
          meta: ctx.meta,
        });
      await adjudicateAndBillPatient(ctx, {
        claimId,
        outcome: answer.outcome,
        ...(answer.disposition === undefined ? {} : { disposition: answer.disposition }),
        item: answer.item.map((i) => ({
          itemSequence: i.itemSequence,
          eligible: i.eligible,
          benefit: i.benefit,
          ...(i.reasonCode === undefined ? {} : { reasonCode: i.reasonCode }),
        })),
      });
      return 'adjudicated';
  }
}
