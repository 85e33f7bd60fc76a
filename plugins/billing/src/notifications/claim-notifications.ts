import type { CommandContext } from '@hms/sdk';
import type { ClaimEvent } from '../domain/claim/claim.events';
import { claimDeniedNotification, CLAIMS_ROLE } from './notification-kinds';

/**
 * What a claim's new events tell the clerks, in the command's own transaction (the clerk's adjudication and the
 * clearinghouse exchange alike): an adjudication denying a line raises `billing.claim-denied` (keyed by the claim
 * id, so the same claim is in the inbox once); an appeal, a resubmission or the payer's payment in full resolves
 * it. An appeal's new adjudication that still denies raises it again. Facts are ids and the payer's codes only.
 */
export function notifyClaimEvents(ctx: CommandContext, claimId: string, events: readonly ClaimEvent[]): void {
  for (const event of events) {
    if (event.type === 'billing.ClaimAdjudicated') {
      const denied = event.data.item.filter((line) => line.status === 'denied');
      if (denied.length === 0) continue;
      const reasonCodes = [...new Set(denied.flatMap((line) => (line.reasonCode ? [line.reasonCode] : [])))];
      ctx.notify({
        kind: claimDeniedNotification,
        subjectKey: claimId,
        audience: { role: CLAIMS_ROLE },
        link: '/billing/claims',
        facts: {
          claimId,
          payerId: event.data.payerId,
          deniedLines: denied.length,
          lines: event.data.item.length,
          reasonCodes: reasonCodes.join(',').slice(0, 200),
        },
      });
    } else if (
      event.type === 'billing.ClaimAppealed' ||
      event.type === 'billing.ClaimResubmitted' ||
      (event.type === 'billing.ClaimPaymentReceived' && event.data.fullyPaid)
    ) {
      ctx.resolveNotification({ kind: claimDeniedNotification, subjectKey: claimId });
    }
  }
}
