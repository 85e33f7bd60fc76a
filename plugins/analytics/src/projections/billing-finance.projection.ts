import { defineProjection, type Sql } from '@hms/sdk';
import {
  ChargePosted,
  ChargeReversed,
  ClaimAdjudicated,
  CreditAllocated,
  CreditNoteIssued,
  InvoiceIssued,
  InvoiceVoided,
  InvoiceWrittenOff,
} from '@hms/plugin-billing/contracts';

/**
 * Billing's published events, for the financial report (async, checkpointed, like every analytics read model).
 * Revenue is counted on the service date; a reversed charge leaves revenue. An invoice's balance falls with each
 * payment applied, credit note and write-off; the day it reaches zero is its settlement day.
 */
export const billingFinanceProjection = defineProjection({
  name: 'analytics.billing-finance',
  handles: [
    ChargePosted,
    ChargeReversed,
    InvoiceIssued,
    InvoiceVoided,
    CreditAllocated,
    CreditNoteIssued,
    InvoiceWrittenOff,
    ClaimAdjudicated,
  ],
  tables: [
    'analytics.billing_charges',
    'analytics.billing_invoices',
    'analytics.billing_collections',
    'analytics.billing_claim_lines',
  ],
  async evolve(event, sql) {
    switch (event.type) {
      case ChargePosted.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO analytics.billing_charges (charge_id, service_code, category, payer_id, service_date, total, currency)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (charge_id) DO NOTHING`,
          [
            d.chargeId,
            d.serviceCode,
            d.category,
            d.split.payerId ?? null,
            d.serviceDate,
            d.total.amount,
            d.total.currency,
          ],
        );
        return;
      }
      case ChargeReversed.type:
        await sql.query(`UPDATE analytics.billing_charges SET reversed = true WHERE charge_id = $1`, [
          event.data.chargeId,
        ]);
        return;
      case InvoiceIssued.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO analytics.billing_invoices (invoice_id, issued_on, total, balance, currency)
           VALUES ($1, $2, $3, $3, $4) ON CONFLICT (invoice_id) DO NOTHING`,
          [d.invoiceId, d.issuedOn, d.total.amount, d.total.currency],
        );
        return;
      }
      case InvoiceVoided.type:
        await sql.query(`UPDATE analytics.billing_invoices SET void = true, balance = 0 WHERE invoice_id = $1`, [
          event.data.invoiceId,
        ]);
        return;
      case CreditAllocated.type:
        for (const a of event.data.allocations) {
          await sql.query(
            `INSERT INTO analytics.billing_collections (position, invoice_id, collected_on, amount, currency)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
            [event.position.toString(), a.invoiceId, event.data.at.slice(0, 10), a.amount.amount, a.amount.currency],
          );
          await lowerBalance(sql, a.invoiceId, a.amount.amount, event.data.at);
        }
        return;
      case CreditNoteIssued.type:
        await lowerBalance(sql, event.data.invoiceId, event.data.toReceivable.amount, event.data.at);
        return;
      case InvoiceWrittenOff.type:
        await lowerBalance(sql, event.data.invoiceId, event.data.amount.amount, event.data.at);
        return;
      case ClaimAdjudicated.type:
        for (const item of event.data.item) {
          await sql.query(
            `INSERT INTO analytics.billing_claim_lines (claim_id, item_sequence, payer_id, status, reason_code, decided_on)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (claim_id, item_sequence) DO UPDATE
               SET status = EXCLUDED.status, reason_code = EXCLUDED.reason_code, decided_on = EXCLUDED.decided_on`,
            [
              event.data.claimId,
              item.itemSequence,
              event.data.payerId,
              item.status,
              item.reasonCode ?? null,
              event.data.at.slice(0, 10),
            ],
          );
        }
        return;
    }
  },
});

async function lowerBalance(sql: Sql, invoiceId: string, by: number, at: string): Promise<void> {
  await sql.query(
    `UPDATE analytics.billing_invoices
        SET balance = balance - $2, settled_on = CASE WHEN balance - $2 <= 0 THEN $3::date ELSE settled_on END
      WHERE invoice_id = $1`,
    [invoiceId, by, at.slice(0, 10)],
  );
}
