import { defineQuery, z } from '@hms/sdk';
import { assetStatusSchema, costSchema } from './equipment-schemas';
import { calibrationResultSchema } from './maintenance-schemas';

/**
 * Published for other plugins: the equipment a ward or department uses and whether each may be used now (only an
 * asset in service is available). Retired assets are left out.
 */
export const GetEquipmentAvailability = defineQuery(
  'inventory.GetEquipmentAvailability',
  z.object({ locationId: z.uuid() }),
  'The equipment a ward or department uses, and which of it is unavailable now',
).returns<EquipmentAvailability>();

export const GetAssetMaintenanceRecord = defineQuery(
  'inventory.GetAssetMaintenanceRecord',
  z.object({ assetId: z.uuid() }),
  "An asset's calibrations, and the parts used on its work orders with their value",
).returns<AssetMaintenanceRecord>();

export const equipmentAvailabilitySchema = z.object({
  locationId: z.uuid(),
  assets: z.array(
    z.object({
      id: z.uuid(),
      serialNumber: z.string(),
      model: z.string(),
      manufacturer: z.string(),
      status: assetStatusSchema,
      available: z.boolean(),
      /** Why it is not in service, as the engineer wrote it (null when in service). */
      statusReason: z.string().nullable(),
    }),
  ),
});
export type EquipmentAvailability = z.infer<typeof equipmentAvailabilitySchema>;

export const calibrationSchema = z.object({
  id: z.uuid(),
  calibratedOn: z.string(),
  result: calibrationResultSchema,
  nextDueOn: z.string().nullable(),
  certificateRef: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
export const workOrderPartSchema = z.object({
  workOrderId: z.uuid(),
  workOrderNumber: z.string(),
  item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
  location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  quantity: z.number().int(),
  /** At the weighted average cost of what left the store; null when the stock had no cost. */
  value: costSchema.nullable(),
  at: z.string(),
});
export const assetMaintenanceRecordSchema = z.object({
  assetId: z.uuid(),
  /** When the next calibration is due (the latest calibration's), null when none is due. */
  calibrationDueOn: z.string().nullable(),
  calibrationOverdue: z.boolean(),
  calibrations: z.array(calibrationSchema),
  parts: z.array(workOrderPartSchema),
  /** The parts' value per currency. */
  partsTotals: z.array(costSchema),
});
export type AssetMaintenanceRecord = z.infer<typeof assetMaintenanceRecordSchema>;
