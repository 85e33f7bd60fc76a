import { defineCommand, z } from '@hms/sdk';
import {
  allergyCategorySchema,
  allergyCriticalitySchema,
  allergySeveritySchema,
  allergyTypeSchema,
  careTeamMemberIdSchema,
  careTeamRoleSchema,
  dosageSchema,
  prescribingOverrideSchema,
  encounterClassSchema,
  goalInputSchema,
  icd10CodeSchema,
  loincCodeSchema,
  problemKindSchema,
  supplyQuantitySchema,
  ucumUnitSchema,
} from './schemas';
import type { DataOf } from '@hms/sdk';
import type { AllergyEntry, MedicationEntry, PlanEntry, ProblemEntry } from '../domain/chart/chart.state';
import type { PlanAssessment } from '../domain/plan/plan-assessment';
import type { ObservationRecorded } from './chart-events';
import type { CareTeam, EncounterView } from './queries';

/** What RecordObservation answers: the recorded observation (its id, and when it was measured). */
export type RecordedObservation = DataOf<typeof ObservationRecorded>;

/** What the plan commands answer: the plan now, with whether it is working. */
export type AssessedPlan = PlanEntry & { readonly assessment: PlanAssessment };

/** What the note commands answer: the note's id, patient and status (and, once signed, the signed version). */
export type NoteAnswer = { id: string; patientId: string; status: string } & Record<string, unknown>;

/** What CreateNote answers: the new note (its text is then co-edited live). */
export interface CreatedNote {
  readonly id: string;
  readonly patientId: string;
  readonly encounterId: string | null;
  readonly title: string;
  readonly status: string;
}

export const OpenEncounter = defineCommand(
  'ehr.OpenEncounter',
  z.object({
    patientId: z.uuid(),
    class: encounterClassSchema,
    appointmentId: z.uuid().optional(),
    stayId: z.uuid().optional(),
    reason: z.string().max(500).optional(),
    /** When the visit or stay began, when that was before now: a check-in's or an admission's own time. */
    startedAt: z.iso.datetime().optional(),
  }),
  'Open an outpatient visit or inpatient stay',
).returns<EncounterView>();

/** The body of adding someone to an encounter's care team (the encounter is in the path). */
export const addCareTeamMemberBodySchema = z.strictObject({
  memberId: careTeamMemberIdSchema,
  role: careTeamRoleSchema,
});

/**
 * Adds someone to an open encounter's care team (a consultant asked for an opinion, the nurse in charge): under
 * the care-relationship policy they then reach the patient's record until the encounter closes.
 */
export const AddCareTeamMember = defineCommand(
  'ehr.AddCareTeamMember',
  addCareTeamMemberBodySchema.extend({ encounterId: z.uuid() }),
  "Add someone to an encounter's care team",
).returns<CareTeam>();

export const RemoveCareTeamMember = defineCommand(
  'ehr.RemoveCareTeamMember',
  z.strictObject({ encounterId: z.uuid(), memberId: careTeamMemberIdSchema }),
  "Remove someone from an encounter's care team",
).returns<CareTeam>();

/** Close by encounter id, or (the discharge reaction) by the patient plugin's stay id. */
export const CloseEncounter = defineCommand(
  'ehr.CloseEncounter',
  z
    .object({
      encounterId: z.uuid().optional(),
      stayId: z.uuid().optional(),
      because: z.enum(['completed', 'discharged']).default('completed'),
      /** When it ended, when that was before now: a discharge's own time. */
      endedAt: z.iso.datetime().optional(),
    })
    .refine((d) => (d.encounterId === undefined) !== (d.stayId === undefined), {
      message: 'Give encounterId or stayId',
    }),
  'Close an encounter',
).returns<EncounterView>();

export const RecordProblem = defineCommand(
  'ehr.RecordProblem',
  z.object({
    patientId: z.uuid(),
    kind: problemKindSchema.default('problem'),
    code: icd10CodeSchema,
    encounterId: z.uuid().optional(),
    onset: z.iso.date().optional(),
    note: z.string().max(2000).optional(),
  }),
  { description: 'Add a diagnosis or problem coded with ICD-10', offline: true },
).returns<ProblemEntry>();
export const ResolveProblem = defineCommand(
  'ehr.ResolveProblem',
  z.object({ patientId: z.uuid(), problemId: z.uuid(), resolvedOn: z.iso.date().optional() }),
  { description: 'Resolve a problem', offline: true },
).returns<ProblemEntry>();

export const RecordAllergy = defineCommand(
  'ehr.RecordAllergy',
  z.object({
    patientId: z.uuid(),
    substance: z.string().min(1).max(200),
    type: allergyTypeSchema.default('allergy'),
    category: allergyCategorySchema,
    reaction: z.string().max(500).optional(),
    severity: allergySeveritySchema.optional(),
    criticality: allergyCriticalitySchema.default('unable-to-assess'),
  }),
  { description: 'Record an allergy or intolerance', offline: true },
).returns<AllergyEntry>();
export const ChangeAllergyStatus = defineCommand(
  'ehr.ChangeAllergyStatus',
  z.object({
    patientId: z.uuid(),
    allergyId: z.uuid(),
    status: z.enum(['inactive', 'resolved', 'entered-in-error', 'active']),
    reason: z.string().min(1).max(500),
  }),
  { description: 'Mark an allergy inactive, resolved or entered-in-error', offline: true },
).returns<AllergyEntry>();

export const PrescribeMedication = defineCommand(
  'ehr.PrescribeMedication',
  z.object({
    patientId: z.uuid(),
    medication: z.string().min(1).max(200),
    dosage: dosageSchema,
    /** How many units the pharmacy supplies (1.7); without it, the pharmacy dispenses without a ceiling. */
    quantity: supplyQuantitySchema.optional(),
    reason: z.string().max(500).optional(),
    encounterId: z.uuid().optional(),
    /** Prescribing despite an allergy or an active order of the same drug (1.10): what was seen, and why. */
    override: prescribingOverrideSchema.optional(),
  }),
  { description: 'Prescribe a medication', offline: true },
).returns<MedicationEntry>();
export const ChangeMedication = defineCommand(
  'ehr.ChangeMedication',
  z.object({ patientId: z.uuid(), medicationId: z.uuid(), dosage: dosageSchema, reason: z.string().min(1).max(500) }),
  { description: "Change a medication's dosage", offline: true },
).returns<MedicationEntry>();
export const StopMedication = defineCommand(
  'ehr.StopMedication',
  z.object({ patientId: z.uuid(), medicationId: z.uuid(), reason: z.string().min(1).max(500) }),
  { description: 'Stop a medication', offline: true },
).returns<MedicationEntry>();

export const RecordObservation = defineCommand(
  'ehr.RecordObservation',
  z.object({
    patientId: z.uuid(),
    code: loincCodeSchema,
    value: z.number(),
    unit: ucumUnitSchema,
    effectiveAt: z.iso.datetime().optional(),
    encounterId: z.uuid().optional(),
  }),
  { description: 'Record a vital sign or other observation (LOINC code, UCUM unit)', offline: true },
).returns<RecordedObservation>();

export const StartPlan = defineCommand(
  'ehr.StartPlan',
  z.object({
    patientId: z.uuid(),
    title: z.string().min(1).max(200),
    problemId: z.uuid().optional(),
    goals: z.array(goalInputSchema).min(1).max(20),
  }),
  { description: 'Start a treatment plan with goals', offline: true },
).returns<AssessedPlan>();
export const RecordPlanProgress = defineCommand(
  'ehr.RecordPlanProgress',
  z.object({ patientId: z.uuid(), planId: z.uuid(), goalId: z.uuid().optional(), note: z.string().min(1).max(2000) }),
  { description: 'Record progress on a treatment plan', offline: true },
).returns<AssessedPlan>();
export const ClosePlan = defineCommand(
  'ehr.ClosePlan',
  z.object({
    patientId: z.uuid(),
    planId: z.uuid(),
    outcome: z.enum(['completed', 'abandoned']),
    reason: z.string().max(500).optional(),
  }),
  'Close a treatment plan',
).returns<AssessedPlan>();

export const CreateNote = defineCommand(
  'ehr.CreateNote',
  z.object({
    patientId: z.uuid(),
    encounterId: z.uuid().optional(),
    title: z.string().min(1).max(200).default('Clinical note'),
  }),
  { description: 'Start a clinical note (its text is co-edited live)', offline: true },
).returns<CreatedNote>();
export const SignNote = defineCommand(
  'ehr.SignNote',
  z.object({ noteId: z.uuid() }),
  'Sign a note as it stands',
).returns<NoteAnswer>();
export const AmendNote = defineCommand(
  'ehr.AmendNote',
  z.object({ noteId: z.uuid(), reason: z.string().min(1).max(500) }),
  'Open a signed note for an amendment',
).returns<NoteAnswer>();

export const LoadIcd10Codes = defineCommand(
  'ehr.LoadIcd10Codes',
  z.object({
    codes: z
      .array(z.object({ code: icd10CodeSchema, title: z.string().min(1).max(300) }))
      .min(1)
      .max(2000),
  }),
  "Load a batch of the hospital's ICD-10 list (at most 2000 codes per call)",
).returns<{ loaded: number }>();
