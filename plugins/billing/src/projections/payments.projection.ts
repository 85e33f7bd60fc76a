import { defineProjection } from '@hms/sdk';
import { CreditAllocated, PaymentDeclined, PaymentReceived, RefundIssued } from '../contracts/account-events';

/**
 * Money in and out of every account. Inline, and its unique key on a confirmed payment's provider reference is
 * the last word when one provider confirmation names two accounts at once (the second command is decided again
 * and refused by the handler's own check).
 */
export const paymentsProjection = defineProjection({
  name: 'billing.payments',
  mode: 'inline',
  handles: [PaymentReceived, PaymentDeclined, RefundIssued, CreditAllocated],
  tables: ['billing.payments'],
  async evolve(event, sql) {
    const insert = `INSERT INTO billing.payments (id, patient_id, kind, method, amount, currency, provider_reference, reason, at, position)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`;
    switch (event.type) {
      case PaymentReceived.type: {
        const d = event.data;
        await sql.query(insert, [
          d.paymentId,
          d.patientId,
          'payment',
          d.method,
          d.amount.amount,
          d.amount.currency,
          d.providerReference ?? null,
          null,
          d.at,
          event.position.toString(),
        ]);
        return;
      }
      case PaymentDeclined.type: {
        const d = event.data;
        await sql.query(insert, [
          d.paymentId,
          d.patientId,
          'decline',
          d.method,
          d.amount.amount,
          d.amount.currency,
          d.providerReference ?? null,
          d.declineCode,
          d.at,
          event.position.toString(),
        ]);
        return;
      }
      case CreditAllocated.type: {
        // Only a payment's own allocation is its receipt's; credit applied later is the account's business.
        if (event.data.paymentId === undefined) return;
        await sql.query(`UPDATE billing.payments SET allocations = $2 WHERE id = $1`, [
          event.data.paymentId,
          JSON.stringify(event.data.allocations.map((a) => ({ invoiceId: a.invoiceId, amount: a.amount.amount }))),
        ]);
        return;
      }
      case RefundIssued.type: {
        const d = event.data;
        await sql.query(insert, [
          d.refundId,
          d.patientId,
          'refund',
          d.method,
          d.amount.amount,
          d.amount.currency,
          null,
          d.reason,
          d.at,
          event.position.toString(),
        ]);
        return;
      }
    }
  },
});
