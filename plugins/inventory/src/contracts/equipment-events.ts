import { defineEvent, z } from '@hms/sdk';
import { assetStatusSchema, costSchema, workOrderKindSchema } from './equipment-schemas';

/** Who did it and when: every inventory event says so. */
const recorded = { at: z.iso.datetime(), by: z.string() };

// The equipment register (`inventory.asset-<id>`) and its work orders (`inventory.work-order-<id>`).

export const AssetRegistered = defineEvent(
  'inventory.AssetRegistered',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    serialNumber: z.string(),
    model: z.string(),
    manufacturer: z.string(),
    /** The ward or department where the asset is used (its id in the hospital's structure). */
    locationId: z.uuid(),
    ownerDepartmentId: z.uuid(),
    purchasedOn: z.iso.date().optional(),
    purchaseCost: costSchema.optional(),
    warrantyEndsOn: z.iso.date().optional(),
  }),
  { description: 'A piece of equipment was entered in the register, in service' },
);
export const AssetStatusChanged = defineEvent(
  'inventory.AssetStatusChanged',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    from: assetStatusSchema,
    to: assetStatusSchema,
    reason: z.string(),
  }),
  { description: 'An asset went into or out of service, into maintenance, or was retired, and why' },
);
export const MaintenancePlanScheduled = defineEvent(
  'inventory.MaintenancePlanScheduled',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    planId: z.uuid(),
    name: z.string(),
    intervalDays: z.number().int(),
    nextDueOn: z.iso.date(),
  }),
  { description: 'Preventive maintenance planned for an asset every so many days, first due on a date' },
);
export const PreventiveMaintenanceDone = defineEvent(
  'inventory.PreventiveMaintenanceDone',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    planId: z.uuid(),
    workOrderId: z.uuid(),
    doneOn: z.iso.date(),
    nextDueOn: z.iso.date(),
  }),
  { description: "A plan's maintenance was done (its work order completed); the next is due an interval later" },
);
export const WorkOrderOpened = defineEvent(
  'inventory.WorkOrderOpened',
  z.object({
    ...recorded,
    workOrderId: z.uuid(),
    number: z.string(),
    assetId: z.uuid(),
    kind: workOrderKindSchema,
    planId: z.uuid().optional(),
    description: z.string(),
    assignedTo: z.string().optional(),
  }),
  { description: 'A work order was opened on an asset: planned maintenance, or a fault to repair' },
);
export const WorkOrderCompleted = defineEvent(
  'inventory.WorkOrderCompleted',
  z.object({ ...recorded, workOrderId: z.uuid(), assetId: z.uuid(), findings: z.string(), doneOn: z.iso.date() }),
  { description: 'A work order was done, with what the engineer found and did' },
);

// Suppliers (`inventory.supplier-<id>`).

export const SupplierDefined = defineEvent(
  'inventory.SupplierDefined',
  z.object({
    ...recorded,
    supplierId: z.uuid(),
    name: z.string(),
    contact: z.string().optional(),
    leadTimeDays: z.number().int(),
  }),
  { description: 'A supplier was added to the supplier master, with its contact and usual lead time' },
);

export const EQUIPMENT_EVENTS = [
  AssetRegistered,
  AssetStatusChanged,
  MaintenancePlanScheduled,
  PreventiveMaintenanceDone,
  WorkOrderOpened,
  WorkOrderCompleted,
] as const;
export const SUPPLIER_EVENTS = [SupplierDefined] as const;
