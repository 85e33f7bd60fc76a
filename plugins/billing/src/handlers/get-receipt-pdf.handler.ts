import { handleQuery, NotFoundError, type QueryContext } from '@hms/sdk';
import { GetPatient } from '@hms/plugin-patient/contracts';
import { CHARGE_READ } from '../contracts/permissions';
import { GetReceiptPdf } from '../contracts/queries';
import { currencySchema } from '../contracts/schemas';
import { PAYMENT_NOT_FOUND } from '../errors';
import { receiptPdf } from '../documents/receipt.pdf';
import { accountFold } from '../domain/account/account.fold';
import { accountStream } from '../domain/streams';
import { issuerLine } from '../documents/issuer';
import type { BillingPluginOptions } from '../options';

interface PaymentRow {
  kind: string;
  method: string;
  amount: string;
  currency: string;
  provider_reference: string | null;
  reason: string | null;
  at: Date;
  allocations: { invoiceId: string; amount: number }[];
}

/** A payment's or refund's receipt; a declined payment has none (nothing was received). */
export const getReceiptPdfHandler = handleQuery(GetReceiptPdf, {
  permission: CHARGE_READ,
  auditPatient: (params) => params.patientId,
  async handle(params, ctx: QueryContext<BillingPluginOptions>) {
    const [payment] = await ctx.sql.query<PaymentRow>(
      `SELECT kind, method, amount::text, currency, provider_reference, reason, at, allocations
         FROM billing.payments WHERE id = $1 AND patient_id = $2 AND kind IN ('payment', 'refund')`,
      [params.paymentId, params.patientId],
    );
    if (!payment) throw new NotFoundError(PAYMENT_NOT_FOUND, { paymentId: params.paymentId });
    const numbers = await ctx.sql.query<{ id: string; number: string | null }>(
      `SELECT id, number FROM billing.invoices WHERE id = ANY($1::uuid[])`,
      [payment.allocations.map((a) => a.invoiceId)],
    );
    const { state } = await ctx.streams.load(accountStream(params.patientId), accountFold);
    const patient = await ctx.ask(GetPatient, { id: params.patientId });
    const pdf = receiptPdf(
      {
        paymentId: params.paymentId,
        kind: payment.kind === 'refund' ? 'refund' : 'payment',
        at: payment.at.toISOString(),
        method: payment.method,
        amount: Number(payment.amount),
        currency: currencySchema.parse(payment.currency),
        providerReference: payment.provider_reference,
        reason: payment.reason,
        applied: payment.allocations.map((a) => ({
          number: numbers.find((n) => n.id === a.invoiceId)?.number ?? a.invoiceId,
          amount: a.amount,
        })),
        creditNow: state.status === 'open' ? state.credit.amount : 0,
      },
      { name: `${patient.givenName} ${patient.familyName}`, mrn: patient.mrn, birthDate: patient.birthDate },
      new Date(ctx.now),
      issuerLine(ctx.options),
      { locale: params.locale, timeZone: params.timeZone },
    );
    return { pdf, paymentId: params.paymentId };
  },
});
