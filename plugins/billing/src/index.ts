/**
 * The billing plugin's pure domain core (issue 13, step 1). The manifest (`billingPlugin`), handlers, routes,
 * projections and screens come once the platform redesign has merged; until then this exports the domain so the
 * next step (and its tests) can build on it.
 */
export { CURRENCY_EXPONENTS, currencySchema, minorUnitsPerMajor } from './domain/money/currency';
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
