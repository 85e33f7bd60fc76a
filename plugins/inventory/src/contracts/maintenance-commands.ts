import { defineCommand, z } from '@hms/sdk';
import { costCentreSchema, issuedToSchema, quantitySchema } from './schemas';
import { calibrationResultSchema } from './maintenance-schemas';

export const RecordCalibration = defineCommand(
  'inventory.RecordCalibration',
  // A plain object (so the documented body leaves out the path's assetId): "the next calibration is due after this
  // one" is checked by the handler, as a 400 like the schema's own.
  z.strictObject({
    assetId: z.uuid(),
    /** The day the device was calibrated (never a day to come). */
    calibratedOn: z.iso.date(),
    result: calibrationResultSchema,
    /** When the next calibration is due (after this one); leave out when the device needs no other. */
    nextDueOn: z.iso.date().optional(),
    /** The calibration certificate's reference, as the laboratory or vendor wrote it. */
    certificateRef: z.string().trim().min(1).max(80).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  }),
  'Record a calibration of an asset: the day, pass or fail, the next due date and the certificate',
).returns<{ assetId: string; calibrationId: string; result: 'pass' | 'fail'; status: string }>();

export const UsePartsOnWorkOrder = defineCommand(
  'inventory.UsePartsOnWorkOrder',
  z.strictObject({
    workOrderId: z.uuid(),
    /** The store the parts are taken from (earliest expiry first, as any issue). */
    locationId: z.uuid(),
    parts: z
      .array(z.strictObject({ itemId: z.uuid(), quantity: quantitySchema }))
      .min(1)
      .max(50)
      .refine((parts) => new Set(parts.map((p) => p.itemId)).size === parts.length, 'each item once'),
    /** Where the consumption is counted (default "Equipment maintenance"). */
    issuedTo: issuedToSchema.optional(),
    costCentre: costCentreSchema.optional(),
  }),
  'Take parts from a store for a work order: the stock is issued in the same command and valued on the work order',
).returns<{ workOrderId: string; parts: { itemId: string; quantity: number }[] }>();
