import { InvariantViolation, type QueryContext } from '@hms/sdk';
import { NOT_ELIGIBLE } from '../errors';
import type { BillingPluginOptions } from '../options';
import type { EligibilityRequest } from './eligibility';

/**
 * Asks the configured eligibility check (none: nothing to ask) for each request, in a command's `prepare` (outside
 * its transaction), and refuses with the payer's reason at the first "not eligible".
 */
export async function assertEligible(
  ctx: QueryContext<BillingPluginOptions>,
  requests: readonly EligibilityRequest[],
): Promise<void> {
  const eligibility = ctx.options.eligibilityCheck;
  if (!eligibility) return;
  for (const request of requests) {
    const answer = await eligibility.check(request);
    if (!answer.eligible)
      throw new InvariantViolation(
        NOT_ELIGIBLE,
        { payerId: request.payerId, on: request.on, reason: answer.reason },
        { message: `The payer's eligibility check refused this policy on ${request.on}: ${answer.reason}.` },
      );
  }
}
