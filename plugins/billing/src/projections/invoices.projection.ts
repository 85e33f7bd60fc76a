import { defineProjection, type Sql } from '@hms/sdk';
import {
  CreditAllocated,
  CreditNoteIssued,
  InvoiceDrafted,
  InvoiceIssued,
  InvoiceVoided,
  InvoiceWrittenOff,
} from '../contracts/account-events';

/**
 * One row per invoice for the invoice list (the account's own view folds the stream). The status follows the
 * account fold's rule: paid once nothing is owed, partly paid once anything lowered the balance.
 */
export const invoicesProjection = defineProjection({
  name: 'billing.invoices',
  mode: 'inline',
  handles: [InvoiceDrafted, InvoiceIssued, InvoiceVoided, CreditNoteIssued, InvoiceWrittenOff, CreditAllocated],
  tables: ['billing.invoices'],
  async evolve(event, sql) {
    switch (event.type) {
      case InvoiceDrafted.type: {
        const d = event.data;
        const total = d.lines.reduce((s, l) => s + l.amount.amount, 0);
        // The decider drafts no invoice without a line (NOTHING_TO_INVOICE), and an account has one currency.
        const first = d.lines[0];
        if (!first) throw new Error(`Invoice ${d.invoiceId} was drafted without a line`);
        const currency = first.amount.currency;
        await sql.query(
          `INSERT INTO billing.invoices (id, patient_id, status, total, balance, currency, drafted_at)
           VALUES ($1, $2, 'draft', $3, 0, $4, $5) ON CONFLICT (id) DO NOTHING`,
          [d.invoiceId, d.patientId, total, currency, d.at],
        );
        return;
      }
      case InvoiceIssued.type: {
        const d = event.data;
        await sql.query(
          `UPDATE billing.invoices SET status = 'issued', number = $2, issued_on = $3, due_on = $4, total = $5,
                  balance = $5 WHERE id = $1`,
          [d.invoiceId, d.number, d.issuedOn, d.dueOn, d.total.amount],
        );
        return;
      }
      case InvoiceVoided.type:
        await sql.query(`UPDATE billing.invoices SET status = 'void', balance = 0 WHERE id = $1`, [
          event.data.invoiceId,
        ]);
        return;
      case CreditNoteIssued.type:
        await lower(sql, event.data.invoiceId, event.data.toReceivable.amount, 0);
        return;
      case InvoiceWrittenOff.type:
        await lower(sql, event.data.invoiceId, event.data.amount.amount, 0);
        return;
      case CreditAllocated.type:
        for (const a of event.data.allocations) await lower(sql, a.invoiceId, a.amount.amount, a.amount.amount);
        return;
    }
  },
});

async function lower(sql: Sql, invoiceId: string, by: number, paid: number): Promise<void> {
  await sql.query(
    `UPDATE billing.invoices SET balance = balance - $2, paid = paid + $3,
            status = CASE WHEN balance - $2 = 0 THEN 'paid' ELSE 'partly-paid' END
      WHERE id = $1 AND status <> 'void' AND status <> 'draft'`,
    [invoiceId, by, paid],
  );
}
