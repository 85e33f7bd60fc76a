import { defineCommand, z } from '@hms/sdk';
import { assetStatusSchema, costSchema, workOrderKindSchema } from './equipment-schemas';
import type { AssetView, SupplierView } from './equipment-queries';
import { reasonSchema } from './schemas';

const label = z.string().trim().min(1).max(120);
const text = z.string().trim().min(1).max(2000);

export const RegisterAsset = defineCommand(
  'inventory.RegisterAsset',
  z
    .strictObject({
      serialNumber: z.string().trim().min(1).max(80),
      model: label,
      manufacturer: label,
      /** The ward or department where the asset is used. */
      locationId: z.uuid(),
      /** The department that owns (and pays for) the asset. */
      ownerDepartmentId: z.uuid(),
      purchasedOn: z.iso.date().optional(),
      purchaseCost: costSchema.optional(),
      warrantyEndsOn: z.iso.date().optional(),
    })
    .refine((a) => !a.purchasedOn || !a.warrantyEndsOn || a.warrantyEndsOn >= a.purchasedOn, {
      message: 'the warranty cannot end before the purchase date',
      path: ['warrantyEndsOn'],
    }),
  'Enter a piece of equipment in the register (it starts in service)',
).returns<AssetView>();

export const ChangeAssetStatus = defineCommand(
  'inventory.ChangeAssetStatus',
  z.strictObject({ assetId: z.uuid(), status: assetStatusSchema, reason: reasonSchema }),
  'Put an asset into maintenance, out of service, back in service, or retire it, saying why',
).returns<{ assetId: string; status: AssetView['status'] }>();

export const ScheduleMaintenance = defineCommand(
  'inventory.ScheduleMaintenance',
  z.strictObject({
    assetId: z.uuid(),
    /** What is done: "Electrical safety test", "Annual calibration". */
    name: label,
    /** Every how many days the maintenance is due (from when it was last done). */
    intervalDays: z.number().int().min(1).max(3650),
    firstDueOn: z.iso.date(),
  }),
  'Plan preventive maintenance of an asset every so many days',
).returns<{ assetId: string; planId: string; nextDueOn: string }>();

export const OpenWorkOrder = defineCommand(
  'inventory.OpenWorkOrder',
  // A plain object (so the documented body leaves out the path's assetId): "a preventive work order names its plan,
  // a corrective one does not" is checked by the handler, as a 400 like the schema's own.
  z.strictObject({
    assetId: z.uuid(),
    kind: workOrderKindSchema,
    /** The maintenance plan a preventive work order carries out (required for preventive work, only then). */
    planId: z.uuid().optional(),
    description: text,
    /** Who is to do the work: a name or team as the engineers write it (no patient data). */
    assignedTo: label.optional(),
  }),
  'Open a work order on an asset: planned maintenance or a fault to repair',
).returns<{ id: string; number: string; status: 'open' }>();

export const CompleteWorkOrder = defineCommand(
  'inventory.CompleteWorkOrder',
  z.strictObject({
    workOrderId: z.uuid(),
    /** What was found and done. */
    findings: text,
    /** The day the work was done (default today); never in the future. */
    doneOn: z.iso.date().optional(),
  }),
  "Mark a work order done with its findings; preventive work moves its plan's next due date on",
).returns<{ id: string; status: 'done'; nextDueOn: string | null }>();

export const DefineSupplier = defineCommand(
  'inventory.DefineSupplier',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    /** How to reach the supplier's order desk: a phone number, an e-mail address, a person. */
    contact: z.string().trim().min(1).max(300).optional(),
    /** Usual days from order to delivery. */
    leadTimeDays: z.number().int().min(0).max(365),
  }),
  'Add a supplier to the supplier master',
).returns<SupplierView>();
