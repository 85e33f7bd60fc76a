import { defineProjection } from '@hms/sdk';
import { CardPaymentSent, CardPaymentSettled, CardPaymentStarted } from '../contracts/card-payments';

/**
 * Every card payment and where it stands with the provider. Inline, so a card payment just started is already
 * there for the send job. A success is final: a late decline of an older attempt leaves it `succeeded`.
 */
export const cardPaymentsProjection = defineProjection({
  name: 'billing.card-payments',
  mode: 'inline',
  handles: [CardPaymentStarted, CardPaymentSent, CardPaymentSettled],
  tables: ['billing.card_payments'],
  async evolve(event, sql) {
    switch (event.type) {
      case CardPaymentStarted.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO billing.card_payments (id, patient_id, amount, currency, status, started_at, position)
           VALUES ($1, $2, $3, $4, 'started', $5, $6) ON CONFLICT (id) DO NOTHING`,
          [d.cardPaymentId, d.patientId, d.amount.amount, d.amount.currency, d.at, event.position.toString()],
        );
        return;
      }
      case CardPaymentSent.type:
        await sql.query(
          `UPDATE billing.card_payments SET provider = $2, provider_payment_id = $3,
                  status = CASE WHEN status = 'started' THEN 'sent' ELSE status END
            WHERE id = $1`,
          [event.data.cardPaymentId, event.data.provider, event.data.providerPaymentId],
        );
        return;
      case CardPaymentSettled.type:
        await sql.query(
          `UPDATE billing.card_payments SET status = CASE WHEN status = 'succeeded' THEN status ELSE $2 END
            WHERE id = $1`,
          [event.data.cardPaymentId, event.data.outcome],
        );
        return;
    }
  },
});
