import { ConflictError, handleCommand, NotFoundError, type QueryContext } from '@hms/sdk';
import { assertEligible } from '../insurance/check-eligibility';
import { claimDiagnoses } from './ehr-diagnoses';
import type { BillingPluginOptions } from '../options';
import { CreateClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { CLAIM_EXISTS, COVERAGE_NOT_FOUND } from '../errors';
import { accountFold } from '../domain/account/account.fold';
import { chargeOf } from '../domain/account/account.state';
import { claimItemsFrom } from '../domain/claim/claim-items';
import { accountStream } from '../domain/streams';
import { decideClaim } from './claim-views';

/**
 * A claim for the payer's share of the patient's charges under one cover: each line is a charge's payer share with
 * its quantity and unit price. A charge is claimed once (the claims read model's key backs the check up).
 */
export const createClaimHandler = handleCommand(CreateClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (data) => data.patientId,
  /**
   * Before the transaction opens: the payer's eligibility check for each date a claimed service was given, and the
   * diagnoses from the EHR. An unknown cover or charge is left for `handle` to refuse.
   */
  async prepare(data, ctx: QueryContext<BillingPluginOptions>) {
    const { state: account } = await ctx.streams.load(accountStream(data.patientId), accountFold);
    const coverage = account.status === 'open' ? account.coverages[data.coverageId] : undefined;
    if (!coverage || account.status !== 'open') return undefined;
    const charges = data.chargeIds.flatMap((id) => account.charges[id] ?? []);
    if (charges.length !== data.chargeIds.length) return undefined;
    const dates = new Set(charges.map((c) => c.serviceDate));
    await assertEligible(
      ctx,
      [...dates].sort().map((on) => ({ payerId: coverage.payerId, policyNumber: coverage.policyNumber, on })),
    );
    return { diagnosis: await claimDiagnoses(ctx, data.patientId, charges, data.diagnosis) };
  },
  async handle(data, ctx, prepared) {
    const { state: account } = await ctx.streams.load(accountStream(data.patientId), accountFold);
    const coverage = account.status === 'open' ? account.coverages[data.coverageId] : undefined;
    if (!coverage) throw new NotFoundError(COVERAGE_NOT_FOUND, { coverageId: data.coverageId });
    const claimed = await ctx.sql.query<{ claim_id: string }>(
      `SELECT claim_id FROM billing.claim_items WHERE charge_id = ANY($1::uuid[]) LIMIT 1`,
      [data.chargeIds],
    );
    if (claimed[0]) throw new ConflictError(CLAIM_EXISTS, { claimId: claimed[0].claim_id });
    const item = claimItemsFrom(
      data.chargeIds.map((id) => chargeOf(account, id)),
      coverage.payerId,
    );
    const claimId = ctx.newId();
    const { view } = await decideClaim(ctx, {
      type: 'billing.CreateClaim',
      data: {
        claimId,
        patientId: data.patientId,
        payerId: coverage.payerId,
        coverageId: data.coverageId,
        use: data.use,
        item,
        diagnosis: [...(prepared?.diagnosis ?? data.diagnosis ?? [])],
      },
      meta: ctx.meta,
    });
    return view;
  },
});
