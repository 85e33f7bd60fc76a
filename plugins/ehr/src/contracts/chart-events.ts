import { defineEvent, z } from '@hms/sdk';
import {
  allergyCategorySchema,
  allergyCriticalitySchema,
  allergySeveritySchema,
  allergyStatusSchema,
  allergyTypeSchema,
  dosageSchema,
  prescribingOverrideSchema,
  goalSchema,
  icd10CodeSchema,
  loincCodeSchema,
  problemKindSchema,
  ucumUnitSchema,
} from './schemas';
import { chartEntry, noteEntry } from './timeline';
import { MedicationAdministrationRecorded } from './administration';

/**
 * The chart stream (`ehr.chart-<patientId>`): every fact of a patient's clinical record in one stream, so the chart
 * as it stood at any moment is one stream read, folded up to that moment. Each event says when (`at`) and by whom.
 */
const recorded = { patientId: z.uuid(), at: z.iso.datetime(), by: z.string() };

export const ProblemRecorded = defineEvent(
  'ehr.ProblemRecorded',
  z.object({
    ...recorded,
    problemId: z.uuid(),
    kind: problemKindSchema,
    code: icd10CodeSchema,
    title: z.string(),
    encounterId: z.uuid().optional(),
    onset: z.iso.date().optional(),
    note: z.string().max(2000).optional(),
  }),
  {
    description: 'A diagnosis or problem was added to the record',
    timeline: (d) => chartEntry(d, { problemId: d.problemId, kind: d.kind, code: d.code, encounterId: d.encounterId }),
  },
);
export const ProblemResolved = defineEvent(
  'ehr.ProblemResolved',
  z.object({ ...recorded, problemId: z.uuid(), resolvedOn: z.iso.date() }),
  {
    description: 'A problem was resolved',
    timeline: (d) => chartEntry(d, { problemId: d.problemId, resolvedOn: d.resolvedOn }),
  },
);

export const AllergyRecorded = defineEvent(
  'ehr.AllergyRecorded',
  z.object({
    ...recorded,
    allergyId: z.uuid(),
    substance: z.string(),
    type: allergyTypeSchema,
    category: allergyCategorySchema,
    reaction: z.string().optional(),
    severity: allergySeveritySchema.optional(),
    criticality: allergyCriticalitySchema,
  }),
  {
    description: 'An allergy or intolerance was recorded',
    // The substance and reaction are free text: the chart has them.
    timeline: (d) =>
      chartEntry(d, { allergyId: d.allergyId, type: d.type, category: d.category, criticality: d.criticality }),
  },
);
export const AllergyStatusChanged = defineEvent(
  'ehr.AllergyStatusChanged',
  z.object({ ...recorded, allergyId: z.uuid(), status: allergyStatusSchema, reason: z.string().max(500) }),
  {
    description: 'An allergy became inactive or resolved, or was marked entered-in-error',
    timeline: (d) => chartEntry(d, { allergyId: d.allergyId, status: d.status }),
  },
);

export const MedicationPrescribed = defineEvent(
  'ehr.MedicationPrescribed',
  z.object({
    ...recorded,
    medicationId: z.uuid(),
    medication: z.string(),
    dosage: dosageSchema,
    /** The units to supply (1.7; older prescriptions have none). */
    quantity: z.number().int().positive().optional(),
    reason: z.string().max(500).optional(),
    encounterId: z.uuid().optional(),
    /** Prescribed despite these allergies or active orders of the same drug, and why (1.10; ids only). */
    override: prescribingOverrideSchema.optional(),
  }),
  {
    description: 'A medication was prescribed',
    // The drug is named in free text: the timeline names the prescription by id only.
    timeline: (d) => chartEntry(d, { medicationId: d.medicationId, encounterId: d.encounterId }),
  },
);
export const MedicationChanged = defineEvent(
  'ehr.MedicationChanged',
  z.object({ ...recorded, medicationId: z.uuid(), dosage: dosageSchema, reason: z.string().min(1).max(500) }),
  {
    description: "A medication's dosage was changed",
    timeline: (d) => chartEntry(d, { medicationId: d.medicationId }),
  },
);
export const MedicationStopped = defineEvent(
  'ehr.MedicationStopped',
  z.object({ ...recorded, medicationId: z.uuid(), reason: z.string().min(1).max(500) }),
  { description: 'A medication was stopped', timeline: (d) => chartEntry(d, { medicationId: d.medicationId }) },
);

export const ObservationRecorded = defineEvent(
  'ehr.ObservationRecorded',
  z.object({
    ...recorded,
    observationId: z.uuid(),
    code: loincCodeSchema,
    value: z.number(),
    unit: ucumUnitSchema,
    effectiveAt: z.iso.datetime(),
    encounterId: z.uuid().optional(),
  }),
  {
    description: 'A vital sign or other observation was recorded',
    // When it was measured, not when it was typed in; the value stays in the chart.
    timeline: (d) =>
      chartEntry(
        { patientId: d.patientId, at: d.effectiveAt },
        { observationId: d.observationId, code: d.code, encounterId: d.encounterId },
      ),
  },
);

export const PlanStarted = defineEvent(
  'ehr.PlanStarted',
  z.object({
    ...recorded,
    planId: z.uuid(),
    title: z.string(),
    problemId: z.uuid().optional(),
    goals: z.array(goalSchema),
  }),
  {
    description: 'A treatment plan with goals was started',
    timeline: (d) => chartEntry(d, { planId: d.planId, problemId: d.problemId, goals: d.goals.length }),
  },
);
export const PlanProgressRecorded = defineEvent(
  'ehr.PlanProgressRecorded',
  z.object({
    ...recorded,
    planId: z.uuid(),
    entryId: z.uuid(),
    goalId: z.uuid().optional(),
    note: z.string().max(2000),
  }),
  {
    description: 'Progress on a treatment plan was recorded',
    timeline: (d) => chartEntry(d, { planId: d.planId, entryId: d.entryId, goalId: d.goalId }),
  },
);
export const PlanClosed = defineEvent(
  'ehr.PlanClosed',
  z.object({
    ...recorded,
    planId: z.uuid(),
    outcome: z.enum(['completed', 'abandoned']),
    reason: z.string().max(500).optional(),
  }),
  { description: 'A treatment plan ended', timeline: (d) => chartEntry(d, { planId: d.planId, outcome: d.outcome }) },
);

/** A note was started: its text lives in a co-edited document until it is signed. */
export const NoteCreated = defineEvent(
  'ehr.NoteCreated',
  z.object({ ...recorded, noteId: z.uuid(), title: z.string(), encounterId: z.uuid().optional() }),
  { description: 'A clinical note was started', timeline: (d) => noteEntry(d, { encounterId: d.encounterId }) },
);
/**
 * A note was signed: its text at that moment (the legal record), the SHA-256 of that text and the document's
 * revision. A signing after an amendment names the signed version it amends.
 */
export const NoteSigned = defineEvent(
  'ehr.NoteSigned',
  z.object({
    ...recorded,
    noteId: z.uuid(),
    text: z.string(),
    contentHash: z.string(),
    revision: z.number().int(),
    signedVersion: z.number().int().min(1),
    amends: z.object({ signedVersion: z.number().int(), contentHash: z.string(), reason: z.string() }).optional(),
  }),
  {
    description: 'A clinical note was signed',
    timeline: (d) =>
      noteEntry(d, {
        signedVersion: d.signedVersion,
        contentHash: d.contentHash,
        amendsVersion: d.amends?.signedVersion,
      }),
  },
);
/** A signed note was opened for an amendment (the signed text stays in the record). */
export const NoteAmendmentStarted = defineEvent(
  'ehr.NoteAmendmentStarted',
  z.object({ ...recorded, noteId: z.uuid(), reason: z.string().min(1).max(500), signedVersion: z.number().int() }),
  {
    description: 'A signed note was opened for an amendment',
    timeline: (d) => noteEntry(d, { signedVersion: d.signedVersion }),
  },
);

export const CHART_EVENTS = [
  ProblemRecorded,
  ProblemResolved,
  AllergyRecorded,
  AllergyStatusChanged,
  MedicationPrescribed,
  MedicationChanged,
  MedicationStopped,
  ObservationRecorded,
  PlanStarted,
  PlanProgressRecorded,
  PlanClosed,
  NoteCreated,
  NoteSigned,
  NoteAmendmentStarted,
  MedicationAdministrationRecorded,
] as const;

/** Terminology stream: a batch of the hospital's ICD-10 list was loaded (upserted into `ehr.icd10_codes`). */
export const Icd10CodesLoaded = defineEvent(
  'ehr.Icd10CodesLoaded',
  z.object({ codes: z.array(z.object({ code: icd10CodeSchema, title: z.string() })), loadedAt: z.iso.datetime() }),
  { description: 'ICD-10 codes were loaded from a hospital-provided list' },
);
