import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { consumptionSchema, GetConsumption } from '../contracts/consumption-queries';

/** The routes of inventory 1.5: consumption, suppliers' prices, calibration and parts used on work orders. */
export const operationsRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/consumption',
    summary: 'What each ward or department and cost centre consumed in a period, in quantity and value',
    description:
      '`?from=2026-03-01&to=2026-03-31` (days, UTC, inclusive), optionally `&locationId=` (one store) and `&costCentre=`. Issues count less their reversals.',
    query: GetConsumption,
    queryString: GetConsumption.schema,
    response: consumptionSchema,
  }),
];
