import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { CreatePriceList, DefineService, RetireService, SetPrice } from '../contracts/catalogue-commands';
import { SetChargeRule } from '../contracts/capture';
import { GetServiceMargin, serviceMarginSchema } from '../contracts/margin-queries';
import {
  ListChargeRules,
  ListPriceLists,
  ListServices,
  serviceListSchema,
  priceListListSchema,
  chargeRuleListSchema,
} from '../contracts/queries';

export const catalogueRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/billing/services',
    summary: 'Billable services',
    description: 'Retired services only with `?includeRetired=true`.',
    query: ListServices,
    queryString: ListServices.schema,
    response: serviceListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/billing/services',
    summary: 'Add a billable service',
    command: DefineService,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/services/:serviceCode/margin',
    summary: "A stores item's prices beside what the stores pay for it",
    description:
      "The prices in force today and each one's margin over the dearest store's average unit cost, read from inventory " +
      '(`costsUnavailable` says why not: inventory not enabled, the item unknown to it, or no `inventory:stock:read`).',
    query: GetServiceMargin,
    response: serviceMarginSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/billing/services/:serviceCode/retire',
    summary: 'Stop charging a service (what was charged stays)',
    command: RetireService,
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/price-lists',
    summary: 'Price lists with their prices',
    query: ListPriceLists,
    response: priceListListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/billing/price-lists',
    summary: 'Create the price list of a payer (self-pay, or one insurer or scheme)',
    command: CreatePriceList,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/billing/price-lists/:priceListId/prices',
    summary: "Set a service's price from a date on (charges already made keep theirs)",
    command: SetPrice,
  }),
  defineRoute({
    method: 'GET',
    path: '/billing/charge-rules',
    summary: 'Charge rules',
    query: ListChargeRules,
    response: chargeRuleListSchema,
  }),
  defineRoute({
    method: 'PUT',
    path: '/billing/charge-rules',
    summary: "Charge another module's charge key as a service",
    command: SetChargeRule,
  }),
];
