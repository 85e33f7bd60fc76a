import { handleCommand, InvariantViolation } from '@hms/sdk';
import { IssueInvoice } from '../contracts/account-commands';
import { INVOICE_MANAGE } from '../contracts/permissions';
import { INVOICE_NOT_DRAFT } from '../errors';
import { accountFold } from '../domain/account/account.fold';
import { invoiceOf } from '../domain/account/account.state';
import { invoiceCounterDecider } from '../domain/invoice/invoice-counter.decider';
import { invoiceDecider } from '../domain/invoice/invoice.decider';
import { accountStream, invoiceNumbersStream } from '../domain/streams';

/**
 * Issues a draft under the next number of the year. The number is an event on the year's counter stream,
 * appended in this command's transaction: if the issue is refused or rolled back, so is the number, and two
 * issues racing for one number conflict on the counter (the later is decided again with the next number).
 */
export const issueInvoiceHandler = handleCommand(IssueInvoice, {
  permission: INVOICE_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const { state: before } = await ctx.streams.load(accountStream(data.patientId), accountFold);
    const draft = invoiceOf(before, data.invoiceId);
    // Refused before a number is taken (the decider checks again on the state it appends to).
    if (draft.status !== 'draft')
      throw new InvariantViolation(INVOICE_NOT_DRAFT, { invoiceId: data.invoiceId, status: draft.status });
    const year = Number(ctx.meta.now.slice(0, 4));
    const { events } = await ctx.streams.decide(invoiceNumbersStream(year), invoiceCounterDecider, {
      type: 'billing.AllocateInvoiceNumber',
      data: { year, invoiceId: data.invoiceId },
      meta: ctx.meta,
    });
    const number = events[0]?.data.number ?? '';
    const { state } = await ctx.streams.decide(accountStream(data.patientId), invoiceDecider, {
      type: 'billing.IssueInvoice',
      data: { ...data, number },
      meta: ctx.meta,
    });
    return { invoiceId: data.invoiceId, number, total: invoiceOf(state, data.invoiceId).total };
  },
});
