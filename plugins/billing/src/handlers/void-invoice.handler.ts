import { handleCommand } from '@hms/sdk';
import { VoidInvoice } from '../contracts/account-commands';
import { INVOICE_MANAGE } from '../contracts/permissions';
import { invoiceOf } from '../domain/account/account.state';
import { invoiceDecider } from '../domain/invoice/invoice.decider';
import { accountStream } from '../domain/streams';

export const voidInvoiceHandler = handleCommand(VoidInvoice, {
  permission: INVOICE_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(accountStream(data.patientId), invoiceDecider, {
      type: 'billing.VoidInvoice',
      data,
      meta: ctx.meta,
    });
    return { invoiceId: data.invoiceId, status: invoiceOf(state, data.invoiceId).status };
  },
});
