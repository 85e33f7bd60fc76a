import { handleCommand } from '@hms/sdk';
import { WriteOffInvoice } from '../contracts/account-commands';
import { INVOICE_MANAGE } from '../contracts/permissions';
import { invoiceOf } from '../domain/account/account.state';
import { invoiceDecider } from '../domain/invoice/invoice.decider';
import { accountStream } from '../domain/streams';

export const writeOffInvoiceHandler = handleCommand(WriteOffInvoice, {
  permission: INVOICE_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(accountStream(data.patientId), invoiceDecider, {
      type: 'billing.WriteOffInvoice',
      data,
      meta: ctx.meta,
    });
    return { invoiceId: data.invoiceId, balance: invoiceOf(state, data.invoiceId).balance };
  },
});
