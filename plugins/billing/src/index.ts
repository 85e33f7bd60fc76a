/**
 * The billing plugin's pure domain core (issue 13, step 1). The manifest (`billingPlugin`), handlers, routes,
 * projections and screens come once the platform redesign has merged; until then this exports the domain so the
 * next step can build on it. Contracts (commands, events, schemas) are at `@hms/plugin-billing/contracts`.
 */
export { CURRENCY_CODES, CURRENCY_EXPONENTS, minorUnitsPerMajor } from './domain/money/currency';
export type { CurrencyCode } from './domain/money/currency';
export { add, compare, formatMoney, money, negate, subtract, sum, times, zero } from './domain/money/money';
export type { Money } from './domain/money/money';
export { allocate, FULL_PERCENT_BP, percentOf } from './domain/money/rounding';
export { splitCharge } from './domain/coverage/payer-split';
export type { CoverInForce, PayerSplit, SplitInput } from './domain/coverage/payer-split';
export { priceListDecider } from './domain/price-list/price-list.decider';
export type { PriceListCommand, PriceListEvent, PriceListState } from './domain/price-list/price-list.decider';
export { priceInForce } from './domain/price-list/price-in-force';
export type { PriceInForce } from './domain/price-list/price-in-force';
export { serviceDecider } from './domain/service/service.decider';
export type { ServiceCommand, ServiceEvent, ServiceState } from './domain/service/service.decider';
export { accountFold } from './domain/account/account.fold';
export type { AccountEvent } from './domain/account/account.events';
export type { AccountState, ChargeEntry, InvoiceEntry, InvoiceStatus } from './domain/account/account.state';
export { coverageDecider } from './domain/coverage/coverage.decider';
export type { CoverageCommand } from './domain/coverage/coverage.decider';
export { chargeDecider } from './domain/charge/charge.decider';
export type { ChargeCommand } from './domain/charge/charge.decider';
export { invoiceDecider } from './domain/invoice/invoice.decider';
export type { InvoiceCommand } from './domain/invoice/invoice.decider';
export { invoiceCounter, invoiceNumber } from './domain/invoice/invoice-number';
export { paymentDecider } from './domain/payment/payment.decider';
export type { PaymentCommand } from './domain/payment/payment.decider';
export { claimDecider } from './domain/claim/claim.decider';
export type { ClaimCommand } from './domain/claim/claim.decider';
export type { ClaimEvent } from './domain/claim/claim.events';
export type { ClaimState } from './domain/claim/claim.state';
export { claimItemsFrom } from './domain/claim/claim-items';
export { patientTransfersOf } from './domain/claim/claim.adjudication';
export { accountCode, moneyAccount } from './domain/ledger/accounts';
export type { LedgerAccount } from './domain/ledger/accounts';
export { postingsFor } from './domain/ledger/postings';
export type { BillingEvent, Posting } from './domain/ledger/postings';
export { invoiceBalance, trialBalance } from './domain/ledger/ledger';
export type { TrialBalance } from './domain/ledger/ledger';
export { accountStream, claimStream, priceListStream, serviceStream } from './domain/streams';
