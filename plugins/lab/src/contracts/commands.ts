import { defineCommand, z } from '@hms/sdk';
import { loincCodeSchema, prioritySchema } from './schemas';
import type { LabOrderView } from './queries';

export const placeLabOrderSchema = z.strictObject({
  patientId: z.uuid(),
  tests: z.array(loincCodeSchema).max(30).default([]),
  panels: z.array(loincCodeSchema).max(10).default([]),
  priority: prioritySchema.default('routine'),
  /** What the requester wants answered ("hyperkalaemia on ACE inhibitor?"): the laboratory reads it, logs never do. */
  clinicalQuestion: z.string().trim().min(1).max(500).optional(),
});

export const PlaceLabOrder = defineCommand(
  'lab.PlaceLabOrder',
  placeLabOrderSchema,
  'Order laboratory tests or panels for a patient',
).returns<LabOrderView>();

const onOrder = { orderId: z.uuid() };

export const CollectSpecimen = defineCommand(
  'lab.CollectSpecimen',
  z.strictObject(onOrder),
  "Record that an order's specimens were taken (answers the label codes to print on the tubes)",
).returns<LabOrderView>();

export const ReceiveSpecimen = defineCommand(
  'lab.ReceiveSpecimen',
  z.strictObject(onOrder),
  "Record that an order's specimens arrived in the laboratory",
).returns<LabOrderView>();

export const enterResultsBodySchema = z.strictObject({
  results: z
    .array(z.strictObject({ code: loincCodeSchema, value: z.number().finite() }))
    .min(1)
    .max(30),
});

export const EnterResults = defineCommand(
  'lab.EnterResults',
  enterResultsBodySchema.extend(onOrder),
  "Enter (or correct, before validation) an order's results, in the catalogue's units",
).returns<LabOrderView>();

export const ValidateResults = defineCommand(
  'lab.ValidateResults',
  z.strictObject(onOrder),
  'Validate and release results entered by someone else',
).returns<LabOrderView>();

export const cancelLabOrderBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(200) });

export const CancelLabOrder = defineCommand(
  'lab.CancelLabOrder',
  cancelLabOrderBodySchema.extend(onOrder),
  'Cancel an order whose results are not yet released',
).returns<LabOrderView>();

export const AcknowledgeCriticalResult = defineCommand(
  'lab.AcknowledgeCriticalResult',
  z.strictObject(onOrder),
  "Acknowledge an order's critical results: they reached a clinician who will act on them",
).returns<LabOrderView>();

/** An analyser's HL7 v2 message as its interface relays it: the text, segments ended by carriage returns. */
export const importAnalyserMessageSchema = z.strictObject({ message: z.string().min(1).max(200_000) });

export const analyserImportAnswerSchema = z.object({
  /** `duplicate`: this message was filed before (an analyser resends until acknowledged): nothing was filed again. */
  status: z.enum(['accepted', 'duplicate']),
  /** The HL7 acknowledgement (MSA AA) to hand back to the analyser. */
  ack: z.string(),
  orderIds: z.array(z.uuid()),
  patientIds: z.array(z.uuid()),
  results: z.number().int(),
});
export type AnalyserImportAnswer = z.infer<typeof analyserImportAnswerSchema>;

export const ImportAnalyserMessage = defineCommand(
  'lab.ImportAnalyserMessage',
  importAnalyserMessageSchema,
  "File an analyser's ORU^R01 results on the orders its specimens belong to (they still need validation)",
).returns<AnalyserImportAnswer>();
