import { defineCommand, defineEvent, defineQuery, z } from '@hms/sdk';
import { dosageSchema } from './schemas';
import { chartEntry } from './timeline';

/**
 * The medication administration record (MAR, 1.7): each dose a nurse gave, held or the patient refused, on the
 * patient's chart stream beside the prescription it belongs to, so the record and the orders are one history.
 */
export const administrationOutcomeSchema = z.enum(['given', 'held', 'refused']);
export type AdministrationOutcome = z.infer<typeof administrationOutcomeSchema>;

export const MedicationAdministrationRecorded = defineEvent(
  'ehr.MedicationAdministrationRecorded',
  z.object({
    patientId: z.uuid(),
    at: z.iso.datetime(),
    by: z.string(),
    administrationId: z.uuid(),
    medicationId: z.uuid(),
    /** The inpatient stay it happened in. */
    encounterId: z.uuid(),
    outcome: administrationOutcomeSchema,
    /** When the dose was given (or due, when held or refused); `at` is when it was recorded. */
    administeredAt: z.iso.datetime(),
    dose: z.string().optional(),
    reason: z.string().optional(),
  }),
  {
    description: 'A dose of a medication was given, held or refused, on the ward',
    // The drug, the dose and the reason stay in the chart: the timeline names the entry by id and outcome.
    timeline: (d) =>
      chartEntry(
        { patientId: d.patientId, at: d.administeredAt },
        { administrationId: d.administrationId, medicationId: d.medicationId, outcome: d.outcome },
      ),
  },
);

const reasonText = z.string().trim().min(1).max(500);

/** What the ward sends; the patient is in the path (`POST /charts/:patientId/administrations`). */
export const recordAdministrationBodySchema = z.object({
  medicationId: z.uuid(),
  outcome: administrationOutcomeSchema,
  /** When it happened; now when left out. */
  administeredAt: z.iso.datetime({ offset: true }).optional(),
  /** The dose given, when it differs from the prescription's or to be explicit ("2 tablets"). */
  dose: z.string().trim().min(1).max(60).optional(),
  /** Why a dose was held or refused (required then). */
  reason: reasonText.optional(),
});

export const RecordAdministration = defineCommand(
  'ehr.RecordAdministration',
  recordAdministrationBodySchema
    .extend({ patientId: z.uuid() })
    // A held or refused dose is read by the next nurse and the prescriber: it must say why.
    .refine((d) => d.outcome === 'given' || d.reason !== undefined, {
      path: ['reason'],
      message: 'Say why the dose was held or refused.',
    }),
  { description: 'Record a dose of a medication as given, held or refused', offline: true },
).returns<AdministrationEntry>();

export const GetAdministrationRecord = defineQuery(
  'ehr.GetAdministrationRecord',
  z.object({ patientId: z.uuid() }),
  "An inpatient's medication administration record: the medications and each dose given, held or refused",
).returns<AdministrationRecord>();

export interface AdministrationEntry {
  readonly administrationId: string;
  readonly medicationId: string;
  readonly encounterId: string;
  readonly outcome: AdministrationOutcome;
  readonly administeredAt: string;
  readonly dose: string | null;
  readonly reason: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface AdministrationRecord {
  readonly patientId: string;
  /** The open inpatient stay, if any: doses are recorded only during one. */
  readonly encounterId: string | null;
  readonly medications: readonly {
    readonly medicationId: string;
    readonly medication: string;
    readonly dosage: z.infer<typeof dosageSchema>;
    readonly status: 'active' | 'stopped';
    readonly quantity: number | null;
    readonly administrations: readonly AdministrationEntry[];
  }[];
}

const entrySchema = z.object({
  administrationId: z.uuid(),
  medicationId: z.uuid(),
  encounterId: z.uuid(),
  outcome: administrationOutcomeSchema,
  administeredAt: z.string(),
  dose: z.string().nullable(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export const administrationEntrySchema = entrySchema;
export const administrationRecordSchema = z.object({
  patientId: z.uuid(),
  encounterId: z.uuid().nullable(),
  medications: z.array(
    z.object({
      medicationId: z.uuid(),
      medication: z.string(),
      dosage: dosageSchema,
      status: z.enum(['active', 'stopped']),
      quantity: z.number().nullable(),
      administrations: z.array(entrySchema),
    }),
  ),
});
