import { handleCommand } from '@hms/sdk';
import { DraftInvoice } from '../contracts/account-commands';
import { INVOICE_MANAGE } from '../contracts/permissions';
import { invoiceOf } from '../domain/account/account.state';
import { invoiceDecider } from '../domain/invoice/invoice.decider';
import { accountStream } from '../domain/streams';

export const draftInvoiceHandler = handleCommand(DraftInvoice, {
  permission: INVOICE_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const invoiceId = ctx.newId();
    const { state } = await ctx.streams.decide(accountStream(data.patientId), invoiceDecider, {
      type: 'billing.DraftInvoice',
      data: { ...data, invoiceId },
      meta: ctx.meta,
    });
    return { invoiceId, total: invoiceOf(state, invoiceId).total };
  },
});
