import { defineQuery, z } from '@hms/sdk';
import { assetStatusSchema, costSchema, workOrderKindSchema } from './equipment-schemas';

export const ListAssets = defineQuery(
  'inventory.ListAssets',
  z.object({
    status: assetStatusSchema.optional(),
    /** Only assets that need attention: out of service or overdue for maintenance. */
    flagged: z.enum(['true', 'false']).optional(),
    /** Part of the serial number, model or manufacturer. */
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  }),
  'The equipment register: status, next maintenance due, and flags for what needs attention',
).returns<z.infer<typeof assetListSchema>>();
export const GetAsset = defineQuery(
  'inventory.GetAsset',
  z.object({ assetId: z.uuid() }),
  'One asset: its maintenance plans, work orders and status history',
).returns<AssetView>();
export const ListSuppliers = defineQuery('inventory.ListSuppliers', z.object({}), 'The supplier master').returns<
  z.infer<typeof supplierListSchema>
>();
export const GetStockValue = defineQuery(
  'inventory.GetStockValue',
  z.object({ locationId: z.uuid().optional() }),
  'The value of the stock per store at weighted average cost, with each item',
).returns<z.infer<typeof stockValueSchema>>();

/** Why an asset needs attention (shown in the register). */
export const assetFlagSchema = z.enum(['out-of-service', 'maintenance-overdue']);

export const assetSummarySchema = z.object({
  id: z.uuid(),
  serialNumber: z.string(),
  model: z.string(),
  manufacturer: z.string(),
  locationId: z.uuid(),
  ownerDepartmentId: z.uuid(),
  purchasedOn: z.string().nullable(),
  purchaseCost: costSchema.nullable(),
  warrantyEndsOn: z.string().nullable(),
  status: assetStatusSchema,
  statusReason: z.string().nullable(),
  /** The earliest due date of its maintenance plans (null: none planned). */
  nextMaintenanceDueOn: z.string().nullable(),
  openWorkOrders: z.number().int(),
  flags: z.array(assetFlagSchema),
});
export const assetListSchema = z.object({ today: z.string(), items: z.array(assetSummarySchema) });

export const maintenancePlanSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  intervalDays: z.number().int(),
  nextDueOn: z.string(),
  lastDoneOn: z.string().nullable(),
  overdue: z.boolean(),
});
export const workOrderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: workOrderKindSchema,
  planId: z.uuid().nullable(),
  description: z.string(),
  assignedTo: z.string().nullable(),
  status: z.enum(['open', 'done']),
  findings: z.string().nullable(),
  doneOn: z.string().nullable(),
  openedAt: z.string(),
  openedBy: z.string(),
});
export const statusChangeSchema = z.object({
  from: assetStatusSchema,
  to: assetStatusSchema,
  reason: z.string(),
  at: z.string(),
  by: z.string(),
});
export const assetViewSchema = assetSummarySchema.extend({
  plans: z.array(maintenancePlanSchema),
  workOrders: z.array(workOrderSchema),
  statusHistory: z.array(statusChangeSchema),
});
export type AssetView = z.infer<typeof assetViewSchema>;

export const supplierSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contact: z.string().nullable(),
  leadTimeDays: z.number().int(),
});
export type SupplierView = z.infer<typeof supplierSchema>;
export const supplierListSchema = z.object({ items: z.array(supplierSchema) });

export const stockValueSchema = z.object({
  /** The valuation rule, stated with the figures. */
  method: z.literal('weighted-average'),
  stores: z.array(
    z.object({
      location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
      totals: z.array(costSchema),
      items: z.array(
        z.object({
          item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
          onHand: z.number().int(),
          /** Units received without a cost enter at the average cost then known (zero when none is known yet). */
          value: costSchema,
          averageUnitCost: z.number(),
        }),
      ),
    }),
  ),
});
