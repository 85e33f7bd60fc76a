import type { CommandContext } from '@hms/sdk';
import { DESK_ROLE, paymentDeclinedNotification } from './notification-kinds';

export interface DeclinedPayment {
  readonly patientId: string;
  readonly paymentId: string;
  readonly method: string;
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly declineCode: string;
  readonly cardPaymentId?: string;
}

/**
 * A decline the provider gave, newly recorded: the cashiers are told, keyed by the patient's account (its id, never
 * a name), so an account with several declines is in the inbox once. The link opens the account.
 */
export function raisePaymentDeclined(ctx: CommandContext, declined: DeclinedPayment): void {
  ctx.notify({
    kind: paymentDeclinedNotification,
    subjectKey: declined.patientId,
    audience: { role: DESK_ROLE },
    link: `/billing/accounts/${declined.patientId}`,
    facts: {
      paymentId: declined.paymentId,
      method: declined.method,
      amount: declined.amount.amount,
      currency: declined.amount.currency,
      declineCode: declined.declineCode,
      cardPaymentId: declined.cardPaymentId ?? null,
    },
  });
}

/** A payment received on the account settles what a decline left open. */
export function resolvePaymentDeclined(ctx: CommandContext, patientId: string): void {
  ctx.resolveNotification({ kind: paymentDeclinedNotification, subjectKey: patientId });
}
