// What other plugins may use: import it from `<package>/contracts`, never from src/.
export { RequestSupplies } from './commands';
export { EVENTS, SuppliesRequested } from './events';
export { PERMISSIONS, SUPPLIES_READ, SUPPLIES_REQUEST } from './permissions';
export { ListSupplyRequests, supplyRequestListSchema, supplyRequestSchema } from './queries';
export type { SupplyRequestList, SupplyRequestView } from './queries';
