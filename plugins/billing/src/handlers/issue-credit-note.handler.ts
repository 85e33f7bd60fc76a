import { handleCommand } from '@hms/sdk';
import { IssueCreditNote } from '../contracts/account-commands';
import { INVOICE_MANAGE } from '../contracts/permissions';
import { invoiceDecider } from '../domain/invoice/invoice.decider';
import { accountStream } from '../domain/streams';

/** An issued invoice changes only this way: the note is numbered after the invoice (`-C1`, `-C2`). */
export const issueCreditNoteHandler = handleCommand(IssueCreditNote, {
  permission: INVOICE_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { events } = await ctx.streams.decide(accountStream(data.patientId), invoiceDecider, {
      type: 'billing.IssueCreditNote',
      data,
      meta: ctx.meta,
    });
    const note = events.find((e) => e.type === 'billing.CreditNoteIssued');
    return {
      invoiceId: data.invoiceId,
      creditNoteNumber: note?.type === 'billing.CreditNoteIssued' ? note.data.creditNoteNumber : '',
      toCredit: note?.type === 'billing.CreditNoteIssued' ? note.data.toCredit : { ...data.amount, amount: 0 },
    };
  },
});
