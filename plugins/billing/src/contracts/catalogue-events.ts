import { defineEvent, z } from '@hms/sdk';
import {
  currencySchema,
  moneySchema,
  payerSchema,
  serviceCategorySchema,
  serviceCodeSchema,
  wardClassSchema,
} from './schemas';

const recorded = { at: z.iso.datetime(), by: z.string() };

// The catalogue of billable services (`billing.service-<code>`).

export const ServiceDefined = defineEvent(
  'billing.ServiceDefined',
  z.object({
    ...recorded,
    serviceCode: serviceCodeSchema,
    name: z.string(),
    category: serviceCategorySchema,
    wardClass: wardClassSchema.optional(),
    stockItemId: z.uuid().optional(),
  }),
  {
    description:
      'A billable service was added to the catalogue (a consultation type, a bed-day of a ward class, a procedure, a stock item)',
  },
);

export const ServiceRetired = defineEvent(
  'billing.ServiceRetired',
  z.object({ ...recorded, serviceCode: z.string(), reason: z.string() }),
  { description: 'A service is no longer charged; charges already made stay' },
);

// Price lists (`billing.price-list-<id>`): one per payer, each price valid over a period.

export const PriceListCreated = defineEvent(
  'billing.PriceListCreated',
  z.object({
    ...recorded,
    priceListId: z.uuid(),
    name: z.string(),
    payer: payerSchema,
    currency: currencySchema,
  }),
  { description: 'A price list was created for self-paying patients or for one insurer or scheme' },
);

export const PriceSet = defineEvent(
  'billing.PriceSet',
  z.object({
    ...recorded,
    priceListId: z.uuid(),
    serviceCode: z.string(),
    unitPrice: moneySchema,
    validFrom: z.iso.date(),
    validTo: z.iso.date().optional(),
    /** An open-ended earlier price this one replaces from `validFrom` on (it now ends the day before). */
    endsPriceFrom: z.iso.date().optional(),
  }),
  { description: "A service's unit price from a date on; charges already made keep the price they were made at" },
);

export const CATALOGUE_EVENTS = [ServiceDefined, ServiceRetired] as const;
export const PRICE_LIST_EVENTS = [PriceListCreated, PriceSet] as const;
