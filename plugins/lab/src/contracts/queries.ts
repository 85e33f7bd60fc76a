import { defineQuery, z } from '@hms/sdk';
import {
  flagSchema,
  loincCodeSchema,
  orderStatusSchema,
  patientSexSchema,
  prioritySchema,
  resultSchema,
  specimenLabelSchema,
  specimenTypeSchema,
} from './schemas';

const ageLimitSchema = z.union([z.object({ days: z.number() }), z.object({ years: z.number() })]);

export const catalogueSchema = z.object({
  tests: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      specimen: specimenTypeSchema,
      unit: z.string(),
      ranges: z.array(
        z.object({
          sex: z.enum(['female', 'male', 'any']),
          from: ageLimitSchema,
          to: ageLimitSchema.optional(),
          low: z.number(),
          high: z.number(),
          criticalLow: z.number().optional(),
          criticalHigh: z.number().optional(),
        }),
      ),
    }),
  ),
  panels: z.array(z.object({ code: z.string(), name: z.string(), tests: z.array(z.string()) })),
});

export const labOrderViewSchema = z.object({
  id: z.uuid(),
  accession: z.string(),
  patientId: z.uuid(),
  status: orderStatusSchema,
  priority: prioritySchema,
  tests: z.array(loincCodeSchema),
  panels: z.array(loincCodeSchema),
  clinicalQuestion: z.string().nullable(),
  requesterId: z.string(),
  placedAt: z.iso.datetime(),
  labels: z.array(specimenLabelSchema),
  collectedAt: z.iso.datetime().nullable(),
  receivedAt: z.iso.datetime().nullable(),
  results: z.array(resultSchema),
  validatedBy: z.string().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  critical: z.boolean(),
  criticalAcknowledgedAt: z.iso.datetime().nullable(),
  /** As the requisition carries them (0.2): the bench shows the range for this patient as a result is typed. */
  patientSex: patientSexSchema,
  patientBirthDate: z.iso.date(),
});

export const labOrderListSchema = z.object({
  items: z.array(labOrderViewSchema.omit({ results: true, labels: true, patientSex: true, patientBirthDate: true })),
});

export const cumulativeResultsSchema = z.object({
  patientId: z.uuid(),
  tests: z.array(
    z.object({
      code: loincCodeSchema,
      name: z.string(),
      unit: z.string(),
      results: z.array(
        z.object({
          orderId: z.uuid(),
          value: z.number(),
          flag: flagSchema,
          referenceLow: z.number().nullable(),
          referenceHigh: z.number().nullable(),
          collectedAt: z.iso.datetime(),
          releasedAt: z.iso.datetime(),
        }),
      ),
    }),
  ),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type LabOrderView = z.infer<typeof labOrderViewSchema>;
export type LabOrderList = z.infer<typeof labOrderListSchema>;
export type CumulativeResults = z.infer<typeof cumulativeResultsSchema>;

export const GetLabCatalogue = defineQuery(
  'lab.GetLabCatalogue',
  z.object({}),
  'The tests and panels the laboratory runs, with units and reference ranges',
).returns<Catalogue>();

export const GetLabOrder = defineQuery(
  'lab.GetLabOrder',
  z.strictObject({ orderId: z.uuid() }),
  'One laboratory order with its specimens and results',
).returns<LabOrderView>();

/** The same order for the laboratory's bench (the worklist's permission, not a care relationship). */
export const GetLabWorkItem = defineQuery(
  'lab.GetLabWorkItem',
  z.strictObject({ orderId: z.uuid() }),
  'One order of the worklist with its specimens and entered results',
).returns<LabOrderView>();

/** The laboratory's worklist: orders in a status, stat first, then oldest first. */
export const ListLabWorklist = defineQuery(
  'lab.ListLabWorklist',
  z.object({ status: z.enum(['placed', 'collected', 'received', 'resulted']).default('received') }),
  "The laboratory's orders waiting in a status",
).returns<LabOrderList>();

/** A patient's orders, newest first: what the chart shows as "lab orders". */
export const ListPatientLabOrders = defineQuery(
  'lab.ListPatientLabOrders',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's laboratory orders",
).returns<LabOrderList>();

/** Every released result of a patient, per test in time order: the cumulative view a clinician trends. */
export const GetCumulativeResults = defineQuery(
  'lab.GetCumulativeResults',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's released results per test, oldest first",
).returns<CumulativeResults>();

/** The tubes' labels of a collected order as a PDF (one label-sized page per tube), for the label printer. */
export const GetSpecimenLabels = defineQuery(
  'lab.GetSpecimenLabels',
  z.strictObject({ orderId: z.uuid() }),
  "A collected order's specimen labels as a PDF: a Code 128 barcode of each tube's label code, the patient's name, MRN and birth date, the tube's tests",
).returns<{ pdf: Buffer; accession: string; patientId: string }>();
