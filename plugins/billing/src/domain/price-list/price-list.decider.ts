import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { PriceListCreated, PriceSet } from '../../contracts/catalogue-events';
import type { Payer } from '../../contracts/schemas';
import { INVALID_PERIOD, PRICE_LIST_EXISTS, PRICE_LIST_NOT_FOUND, PRICE_PERIOD_OVERLAP } from '../../errors';
import { dayBefore, defined } from '../dates';
import type { CurrencyCode } from '../money/currency';
import { CURRENCY_MISMATCH, type Money } from '../money/money';

export type CreatePriceListCommand = Command<
  'billing.CreatePriceList',
  { priceListId: string; name: string; payer: Payer; currency: CurrencyCode }
>;
export type SetPriceCommand = Command<
  'billing.SetPrice',
  { priceListId: string; serviceCode: string; unitPrice: Money; validFrom: string; validTo?: string }
>;
export type PriceListCommand = CreatePriceListCommand | SetPriceCommand;

export type PriceListEvent =
  | DomainEvent<'billing.PriceListCreated', DataOf<typeof PriceListCreated>>
  | DomainEvent<'billing.PriceSet', DataOf<typeof PriceSet>>;

/** One price of a service over a period; `validTo` left out: until replaced. */
export interface PricePeriod {
  readonly unitPrice: Money;
  readonly validFrom: string;
  readonly validTo?: string;
}

export type PriceListState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active';
      readonly priceListId: string;
      readonly payer: Payer;
      readonly currency: CurrencyCode;
      /** Per service code, the periods in order of `validFrom`, never overlapping. */
      readonly prices: Readonly<Record<string, readonly PricePeriod[]>>;
    };

export const initialState = (): PriceListState => ({ status: 'none' });

export function decide(command: PriceListCommand, state: PriceListState): PriceListEvent[] {
  switch (command.type) {
    case 'billing.CreatePriceList':
      return createPriceList(command, state);
    case 'billing.SetPrice':
      return setPrice(command, state);
    default:
      return assertNever(command);
  }
}

function createPriceList({ data, meta }: CreatePriceListCommand, state: PriceListState): PriceListEvent[] {
  if (state.status !== 'none') throw new ConflictError(PRICE_LIST_EXISTS, { priceListId: data.priceListId });
  return [{ type: 'billing.PriceListCreated', data: { at: meta.now, by: meta.actorId, ...data } }];
}

/**
 * A new price replaces an open-ended earlier one from its first day (the earlier one ends the day before); any
 * other overlap is refused, so exactly one price is in force on any date. Charges already made keep their price.
 */
function setPrice({ data, meta }: SetPriceCommand, state: PriceListState): PriceListEvent[] {
  if (state.status !== 'active') throw new NotFoundError(PRICE_LIST_NOT_FOUND, { priceListId: data.priceListId });
  if (data.unitPrice.currency !== state.currency) {
    throw new InvariantViolation(CURRENCY_MISMATCH, { expected: state.currency, actual: data.unitPrice.currency });
  }
  if (data.validTo !== undefined && data.validTo < data.validFrom)
    throw new InvariantViolation(INVALID_PERIOD, { validFrom: data.validFrom, validTo: data.validTo });
  const periods = state.prices[data.serviceCode] ?? [];
  const replaced = periods.find((p) => p.validTo === undefined && p.validFrom < data.validFrom);
  const overlapping = periods.filter((p) => p !== replaced && overlaps(p, data));
  if (overlapping.length > 0) {
    throw new InvariantViolation(PRICE_PERIOD_OVERLAP, {
      priceListId: data.priceListId,
      serviceCode: data.serviceCode,
      validFrom: data.validFrom,
    });
  }
  return [
    {
      type: 'billing.PriceSet',
      data: defined({ at: meta.now, by: meta.actorId, ...data, endsPriceFrom: replaced?.validFrom }),
    },
  ];
}

const overlaps = (a: PricePeriod, b: { validFrom: string; validTo?: string }): boolean =>
  (a.validTo === undefined || a.validTo >= b.validFrom) && (b.validTo === undefined || b.validTo >= a.validFrom);

export function evolve(state: PriceListState, event: PriceListEvent): PriceListState {
  switch (event.type) {
    case 'billing.PriceListCreated': {
      const { priceListId, payer, currency } = event.data;
      return { status: 'active', priceListId, payer, currency, prices: {} };
    }
    case 'billing.PriceSet': {
      if (state.status !== 'active') return state;
      const { serviceCode, unitPrice, validFrom, validTo, endsPriceFrom } = event.data;
      const earlier = (state.prices[serviceCode] ?? []).map((p) =>
        p.validFrom === endsPriceFrom && p.validTo === undefined ? { ...p, validTo: dayBefore(validFrom) } : p,
      );
      const added: PricePeriod = defined({ unitPrice, validFrom, validTo });
      const periods = [...earlier, added].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      return { ...state, prices: { ...state.prices, [serviceCode]: periods } };
    }
    default:
      return assertNever(event);
  }
}

export const priceListDecider: Decider<PriceListState, PriceListCommand, PriceListEvent> = {
  initialState,
  decide,
  evolve,
};
