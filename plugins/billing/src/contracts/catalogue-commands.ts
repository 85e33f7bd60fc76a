import { defineCommand, z } from '@hms/sdk';
import type { ServiceView } from './queries';
import {
  currencySchema,
  payerSchema,
  positiveMoneySchema,
  reasonSchema,
  serviceCategorySchema,
  serviceCodeSchema,
  wardClassSchema,
} from './schemas';

/**
 * What callers send. The decider's commands (in `domain/`) add what the handler resolves first: new ids, the
 * price in force, the invoice number from the year's gap-free counter.
 */

// The catalogue of services and the price lists.
export const DefineService = defineCommand(
  'billing.DefineService',
  z.strictObject({
    serviceCode: serviceCodeSchema,
    name: z.string().trim().min(1).max(200),
    category: serviceCategorySchema,
    wardClass: wardClassSchema.optional(),
    stockItemId: z.uuid().optional(),
  }),
  'Add a billable service to the catalogue',
).returns<ServiceView>();
export const RetireService = defineCommand(
  'billing.RetireService',
  z.strictObject({ serviceCode: serviceCodeSchema, reason: reasonSchema }),
  'Stop charging a service',
).returns<{ serviceCode: string }>();
export const CreatePriceList = defineCommand(
  'billing.CreatePriceList',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    payer: payerSchema,
    currency: currencySchema,
  }),
  'Create a price list for self-pay or for an insurer',
).returns<{ priceListId: string }>();
export const SetPrice = defineCommand(
  'billing.SetPrice',
  z.strictObject({
    priceListId: z.uuid(),
    serviceCode: serviceCodeSchema,
    unitPrice: positiveMoneySchema,
    validFrom: z.iso.date(),
    validTo: z.iso.date().optional(),
  }),
  "Set a service's unit price from a date on",
).returns<{ priceListId: string; serviceCode: string; validFrom: string }>();
