import { definePermission } from '@hms/sdk';

/**
 * Stock itself carries no patient data: what is issued goes to a ward, a theatre or another store (an issue naming a
 * patient is audited). The pharmacy's permission, which does name patients, is in dispensing-permissions.ts; a dose
 * given to a patient is the clinical record's business.
 */
export const STOCK_READ = definePermission(
  'inventory:stock:read',
  'See items, stock levels, lots, movements and alerts',
);
/** Receiving, issuing, transferring, counting and writing off stock. */
export const STOCK_MOVE = definePermission(
  'inventory:stock:move',
  'Receive, issue, transfer, count and write off stock',
);
/** The catalogue: items, store locations and each location's reorder level. */
export const CATALOGUE_MANAGE = definePermission(
  'inventory:catalogue:manage',
  'Define items and store locations, and set reorder levels',
);
/** Purchase orders and the deliveries received against them. */
export const ORDER_MANAGE = definePermission(
  'inventory:order:manage',
  'Raise and cancel purchase orders and receive deliveries',
);

/** The equipment register: assets, their status, maintenance plans and work orders (no patient data). */
export const EQUIPMENT_READ = definePermission(
  'inventory:equipment:read',
  'See the equipment register, maintenance plans and work orders',
);
/** Registering assets, changing their status (with a reason) and planning their maintenance. */
export const EQUIPMENT_MANAGE = definePermission(
  'inventory:equipment:manage',
  'Register equipment, change its status and plan its maintenance',
);
/** Opening work orders and recording them done, with findings. */
export const MAINTENANCE_RECORD = definePermission(
  'inventory:maintenance:record',
  'Open maintenance work orders and record them done',
);

export const INVENTORY_PERMISSIONS = [
  STOCK_READ,
  STOCK_MOVE,
  CATALOGUE_MANAGE,
  ORDER_MANAGE,
  EQUIPMENT_READ,
  EQUIPMENT_MANAGE,
  MAINTENANCE_RECORD,
] as const;
