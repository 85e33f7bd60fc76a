import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  AllocateCredit,
  CorrectCharge,
  DeclinePayment,
  DraftInvoice,
  EndCoverage,
  IssueCreditNote,
  IssueInvoice,
  PostCharge,
  ReceivePayment,
  RefundCredit,
  RegisterCoverage,
  ReverseCharge,
  VoidInvoice,
  WriteOffInvoice,
} from '../contracts/account-commands';
import { GetAccount, GetInvoicePdf, GetTrialBalance, ListInvoices } from '../contracts/queries';

const account = '/billing/accounts/:patientId';

export const accountRoutes: RouteDefinition[] = [
  defineRoute({ method: 'GET', path: account, summary: "A patient's account", query: GetAccount }),
  defineRoute({
    method: 'POST',
    path: `${account}/coverages`,
    summary: 'Register cover',
    command: RegisterCoverage,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/coverages/:coverageId/end`,
    summary: 'End cover',
    command: EndCoverage,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/charges`,
    summary: 'Charge a service by hand (with a reason)',
    command: PostCharge,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/charges/reverse`,
    summary: 'Take back a charge (entered in error, or its source cancelled)',
    command: ReverseCharge,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/charges/:chargeId/correct`,
    summary: 'Correct a charge (the original is reversed, with the reason)',
    command: CorrectCharge,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/invoices`,
    summary: 'Draft an invoice',
    command: DraftInvoice,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/invoices/:invoiceId/issue`,
    summary: 'Issue a draft under the next number of the year',
    command: IssueInvoice,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/invoices/:invoiceId/void`,
    summary: 'Void an invoice',
    command: VoidInvoice,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/invoices/:invoiceId/credit-notes`,
    summary: 'Credit part or all of an issued invoice',
    command: IssueCreditNote,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/invoices/:invoiceId/write-off`,
    summary: "Write off an invoice's unpaid balance",
    command: WriteOffInvoice,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/payments`,
    summary: 'Take a payment (once per provider reference) and apply it',
    command: ReceivePayment,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/payments/declined`,
    summary: "Record a provider's decline",
    command: DeclinePayment,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/credit/allocate`,
    summary: 'Apply credit to invoices',
    command: AllocateCredit,
  }),
  defineRoute({
    method: 'POST',
    path: `${account}/refunds`,
    summary: 'Refund credit',
    command: RefundCredit,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/invoices',
    summary: 'Invoices, newest first',
    description: '`?status=draft|issued|partly-paid|paid|void|open`, `?patientId=`.',
    query: ListInvoices,
    queryString: ListInvoices.schema,
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/invoices/:invoiceId/pdf',
    summary: 'An issued invoice as PDF',
    query: GetInvoicePdf,
    respond: (result) => ({
      body: result.pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${result.number}.pdf"`,
      },
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/ledger/trial-balance',
    summary: "The ledger's balances",
    query: GetTrialBalance,
  }),
];
