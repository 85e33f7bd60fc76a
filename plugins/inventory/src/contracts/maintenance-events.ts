import { defineEvent, z } from '@hms/sdk';
import { assetStatusSchema } from './equipment-schemas';
import { calibrationResultSchema } from './maintenance-schemas';

/** Who did it and when: every inventory event says so. */
const recorded = { at: z.iso.datetime(), by: z.string() };

/** On the asset's stream (`inventory.asset-<id>`). */
export const CalibrationRecorded = defineEvent(
  'inventory.CalibrationRecorded',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    calibrationId: z.uuid(),
    calibratedOn: z.iso.date(),
    result: calibrationResultSchema,
    nextDueOn: z.iso.date().optional(),
    certificateRef: z.string().optional(),
    note: z.string().optional(),
  }),
  { description: 'An asset was calibrated: the day, whether it passed, and when the next calibration is due' },
);

/**
 * On the asset's stream, beside the status change that caused it: the asset became unavailable to (or available
 * again at) the ward or department that uses it. For other plugins (a bed board, a theatre schedule): they need
 * not know the register's statuses, only whether the device may be used there.
 */
export const EquipmentAvailabilityChanged = defineEvent(
  'inventory.EquipmentAvailabilityChanged',
  z.object({
    ...recorded,
    assetId: z.uuid(),
    /** The ward or department that uses the asset. */
    locationId: z.uuid(),
    available: z.boolean(),
    status: assetStatusSchema,
  }),
  { description: 'Equipment became unavailable to, or available again at, the ward or department that uses it' },
);

/** On the work order's stream (`inventory.work-order-<id>`); the stock is issued in the same command. */
export const WorkOrderPartsUsed = defineEvent(
  'inventory.WorkOrderPartsUsed',
  z.object({
    ...recorded,
    workOrderId: z.uuid(),
    assetId: z.uuid(),
    locationId: z.uuid(),
    parts: z.array(z.object({ itemId: z.uuid(), quantity: z.number().int() })),
  }),
  { description: 'Parts were taken from a store for a work order (their issue is on each stock card)' },
);

export const MAINTENANCE_EVENTS = [CalibrationRecorded, EquipmentAvailabilityChanged, WorkOrderPartsUsed] as const;
