import { ConflictError, handleCommand } from '@hms/sdk';
import { ReceivePayment } from '../contracts/account-commands';
import { PAYMENT_TAKE } from '../contracts/permissions';
import { PROVIDER_REFERENCE_TAKEN } from '../errors';
import { zero } from '../domain/money/money';
import { paymentDecider } from '../domain/payment/payment.decider';
import { accountStream } from '../domain/streams';
import { resolvePaymentDeclined } from '../notifications/payment-notifications';
import { checkPatientOnFile } from './patient-on-file';

/**
 * A payment, then its allocation, decided on the patient's account stream: two payments racing on one invoice
 * are serialised there, so the later one sees the invoice already paid and keeps its money as credit. The same
 * provider reference on this account records nothing the second time; on another account it is refused (the
 * payments read model's unique key settles a race). A payment received settles the account's open
 * `billing.payment-declined`.
 */
export const receivePaymentHandler = handleCommand(ReceivePayment, {
  permission: PAYMENT_TAKE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    if (data.providerReference !== undefined) {
      const holders = await ctx.sql.query<{ id: string; patient_id: string }>(
        `SELECT id, patient_id FROM billing.payments WHERE kind = 'payment' AND provider_reference = $1`,
        [data.providerReference],
      );
      const holder = holders[0];
      if (holder && holder.patient_id !== data.patientId)
        throw new ConflictError(PROVIDER_REFERENCE_TAKEN, { paymentId: holder.id });
    }
    const paymentId = ctx.newId();
    const { events, state } = await ctx.streams.decide(accountStream(data.patientId), paymentDecider, {
      type: 'billing.ReceivePayment',
      data: { ...data, paymentId },
      meta: ctx.meta,
    });
    if (events.length > 0) resolvePaymentDeclined(ctx, data.patientId);
    const allocated = events.find((e) => e.type === 'billing.CreditAllocated');
    return {
      paymentId: events.length > 0 ? paymentId : null,
      recorded: events.length > 0,
      allocations: allocated?.type === 'billing.CreditAllocated' ? allocated.data.allocations : [],
      credit: state.status === 'open' ? state.credit : zero(data.amount.currency),
    };
  },
});
