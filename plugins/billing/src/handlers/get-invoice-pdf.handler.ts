import { handleQuery, InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { GetPatient } from '@hms/plugin-patient/contracts';
import { CHARGE_READ } from '../contracts/permissions';
import { GetInvoicePdf } from '../contracts/queries';
import { INVOICE_NOT_FOUND, INVOICE_NOT_ISSUED } from '../errors';
import { invoicePdf } from '../documents/invoice.pdf';
import { accountFold } from '../domain/account/account.fold';
import { invoiceOf } from '../domain/account/account.state';
import { accountStream } from '../domain/streams';
import { issuerLine } from '../documents/issuer';
import type { BillingPluginOptions } from '../options';

/** The patient's name, MRN and date of birth come from the patient plugin's published record (asked as the user). */
export const getInvoicePdfHandler = handleQuery(GetInvoicePdf, {
  permission: CHARGE_READ,
  auditPatient: (_params, result) => result?.patientId,
  async handle(params, ctx: QueryContext<BillingPluginOptions>) {
    const rows = await ctx.sql.query<{ patient_id: string }>(`SELECT patient_id FROM billing.invoices WHERE id = $1`, [
      params.invoiceId,
    ]);
    const patientId = rows[0]?.patient_id;
    if (!patientId) throw new NotFoundError(INVOICE_NOT_FOUND, { invoiceId: params.invoiceId });
    const { state } = await ctx.streams.load(accountStream(patientId), accountFold);
    const invoice = invoiceOf(state, params.invoiceId);
    if (state.status !== 'open' || !invoice.number)
      throw new InvariantViolation(INVOICE_NOT_ISSUED, { invoiceId: params.invoiceId, status: invoice.status });
    const patient = await ctx.ask(GetPatient, { id: patientId });
    const services = await ctx.sql.query<{ service_code: string; name: string }>(
      `SELECT service_code, name FROM billing.services`,
    );
    const pdf = invoicePdf(
      state,
      invoice,
      { name: `${patient.givenName} ${patient.familyName}`, mrn: patient.mrn, birthDate: patient.birthDate },
      new Map(services.map((s) => [s.service_code, s.name])),
      new Date(ctx.now),
      issuerLine(ctx.options),
      params.locale,
    );
    return { pdf, number: invoice.number, patientId };
  },
});
