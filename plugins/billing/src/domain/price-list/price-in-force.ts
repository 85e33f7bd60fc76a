import { InvariantViolation, NotFoundError } from '@hms/sdk';
import { NO_PRICE_IN_FORCE, PRICE_LIST_NOT_FOUND } from '../../errors';
import { within } from '../dates';
import type { Money } from '../money/money';
import type { PriceListState } from './price-list.decider';

/** The price a charge is made at: the handler resolves it and hands it to the account's `PostCharge`. */
export interface PriceInForce {
  readonly priceListId: string;
  readonly unitPrice: Money;
}

/** The unit price of a service in force on the service date (not the date the charge is entered). */
export function priceInForce(list: PriceListState, serviceCode: string, serviceDate: string): PriceInForce {
  if (list.status !== 'active') throw new NotFoundError(PRICE_LIST_NOT_FOUND, {});
  const period = (list.prices[serviceCode] ?? []).find((p) => within(serviceDate, p.validFrom, p.validTo));
  if (!period)
    throw new InvariantViolation(NO_PRICE_IN_FORCE, { priceListId: list.priceListId, serviceCode, on: serviceDate });
  return { priceListId: list.priceListId, unitPrice: period.unitPrice };
}
