import { handleQuery } from '@hms/sdk';
import { CHARGE_READ } from '../contracts/permissions';
import { ListInvoices, type InvoiceSummary } from '../contracts/queries';

interface InvoiceRow {
  id: string;
  patient_id: string;
  number: string | null;
  status: InvoiceSummary['status'];
  issued_on: string | null;
  due_on: string | null;
  total: string;
  balance: string;
  currency: string;
}

/** Ids, numbers and amounts only: the list names no patient (open the account for that). */
export const listInvoicesHandler = handleQuery(ListInvoices, {
  permission: CHARGE_READ,
  auditPatient: (_params, result) => [...new Set((result?.invoices ?? []).map((i) => i.patientId))],
  async handle(params, ctx) {
    const rows = await ctx.sql.query<InvoiceRow>(
      `SELECT id, patient_id, number, status, issued_on::text, due_on::text, total::text, balance::text, currency
         FROM billing.invoices
        WHERE ($1::text IS NULL OR status = $1 OR ($1 = 'open' AND status IN ('issued', 'partly-paid')))
          AND ($2::uuid IS NULL OR patient_id = $2)
        ORDER BY drafted_at DESC, id LIMIT $3`,
      [params.status ?? null, params.patientId ?? null, params.limit],
    );
    const invoices: InvoiceSummary[] = rows.map((r) => ({
      invoiceId: r.id,
      patientId: r.patient_id,
      number: r.number,
      status: r.status,
      issuedOn: r.issued_on,
      dueOn: r.due_on,
      total: { amount: Number(r.total), currency: r.currency },
      balance: { amount: Number(r.balance), currency: r.currency },
    }));
    return { invoices };
  },
});
