import { defineQuery, SERVER_LOCALES, z } from '@hms/sdk';
import { timeZoneSchema } from './time-zone';

export const GetChart = defineQuery(
  'ehr.GetChart',
  z.object({ patientId: z.uuid(), asOf: z.iso.datetime({ offset: true }).optional() }),
  "A patient's chart now, or as it stood at `asOf` (rebuilt from the events)",
).returns<ChartView>();
export const ListEncounters = defineQuery(
  'ehr.ListEncounters',
  z.object({ patientId: z.uuid() }),
  "A patient's encounters",
).returns<z.infer<typeof encounterListSchema>>();
export const ListMyPatients = defineQuery(
  'ehr.ListMyPatients',
  z.object({}),
  'The patients whose open encounter has the caller on its care team, most recent encounter first',
).returns<z.infer<typeof myPatientListSchema>>();
export const GetEncounter = defineQuery(
  'ehr.GetEncounter',
  z.object({ encounterId: z.uuid() }),
  'One encounter',
).returns<EncounterView>();
export const GetCareTeam = defineQuery(
  'ehr.GetCareTeam',
  z.object({ encounterId: z.uuid() }),
  "An encounter's care team",
).returns<CareTeam>();
export const GetEncounterSummary = defineQuery(
  'ehr.GetEncounterSummary',
  z.object({
    encounterId: z.uuid(),
    format: z.enum(['json', 'pdf']).default('json'),
    timeZone: timeZoneSchema,
    // The PDF's language: the route fills it from the request's Accept-Language (since ehr 1.10).
    locale: z.enum(SERVER_LOCALES).default('en'),
  }),
  'The visit or discharge summary of an encounter, as JSON or PDF',
).returns<EncounterSummaryAnswer>();
export const GetNote = defineQuery(
  'ehr.GetNote',
  z.object({ noteId: z.uuid() }),
  "A note's current text and status",
).returns<NoteView>();
export const ListNotes = defineQuery('ehr.ListNotes', z.object({ patientId: z.uuid() }), "A patient's notes").returns<
  z.infer<typeof noteListSchema>
>();
export const ListMyNotes = defineQuery(
  'ehr.ListMyNotes',
  z.object({
    status: z.enum(['draft', 'signed', 'amending']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  "The caller's own notes across patients, most recently changed first (a doctor's notes to sign: `status=draft`)",
).returns<z.infer<typeof myNoteListSchema>>();
export const SearchIcd10 = defineQuery(
  'ehr.SearchIcd10',
  z.object({ q: z.string().trim().min(1).max(100), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  'ICD-10 codes by code prefix or by words of the title',
).returns<z.infer<typeof icd10ResultSchema>>();
export const SearchLoinc = defineQuery(
  'ehr.SearchLoinc',
  z.object({ q: z.string().trim().max(100).default('') }),
  'LOINC codes the chart records, with the units each accepts',
).returns<z.infer<typeof loincResultSchema>>();

/** The answer of GetChart: see docs/ehr.md. Entries carry ids, codes, values and who/when. */
export interface ChartView {
  readonly patientId: string;
  readonly asOf: string | null;
  readonly updatedAt: string | null;
  readonly problems: readonly unknown[];
  readonly allergies: readonly unknown[];
  readonly medications: readonly unknown[];
  readonly vitals: readonly unknown[];
  readonly plans: readonly unknown[];
  readonly notes: readonly unknown[];
}

export const chartViewSchema = z.object({
  patientId: z.uuid(),
  asOf: z.string().nullable(),
  updatedAt: z.string().nullable(),
  problems: z.array(z.looseObject({ problemId: z.uuid(), code: z.string(), title: z.string() })),
  allergies: z.array(z.looseObject({ allergyId: z.uuid(), substance: z.string() })),
  medications: z.array(z.looseObject({ medicationId: z.uuid(), medication: z.string() })),
  vitals: z.array(z.looseObject({ code: z.string(), value: z.number(), unit: z.string(), effectiveAt: z.string() })),
  plans: z.array(z.looseObject({ planId: z.uuid(), title: z.string() })),
  notes: z.array(z.looseObject({ noteId: z.uuid(), status: z.string() })),
});

export const encounterViewSchema = z.object({
  encounterId: z.uuid(),
  patientId: z.uuid(),
  class: z.enum(['outpatient', 'inpatient']),
  status: z.enum(['open', 'closed']),
  appointmentId: z.uuid().nullable(),
  stayId: z.uuid().nullable(),
  reason: z.string().nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type EncounterView = z.infer<typeof encounterViewSchema>;
export const encounterListSchema = z.object({ items: z.array(encounterViewSchema) });
/** A patient the caller cares for: the open encounter, the caller's role on its team, and who the patient is. */
export const myPatientListSchema = z.object({
  items: z.array(
    z.object({
      patientId: z.uuid(),
      encounterId: z.uuid(),
      class: z.enum(['outpatient', 'inpatient']),
      role: z.enum(['attending', 'consulting', 'nursing', 'other']),
      openedAt: z.string(),
      patient: z.object({ name: z.string(), mrn: z.string() }).nullable(),
    }),
  ),
});

/** An encounter's care team: who cares for the patient during it, and as what. */
export const careTeamSchema = z.object({
  encounterId: z.uuid(),
  patientId: z.uuid(),
  members: z.array(
    z.object({
      memberId: z.string(),
      role: z.enum(['attending', 'consulting', 'nursing', 'other']),
      addedAt: z.string(),
    }),
  ),
});
export type CareTeam = z.infer<typeof careTeamSchema>;

export const noteViewSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  encounterId: z.uuid().nullable(),
  title: z.string(),
  status: z.enum(['draft', 'signed', 'amending']),
  text: z.string(),
  revision: z.number().int(),
  signedVersions: z.number().int(),
  /** 1.10: the account that started the note (null for a note started before 1.10 whose event lacks it). */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  /** 1.10: when the note last changed status (started, signed, opened for an amendment). */
  updatedAt: z.string(),
  /** 1.10: who signed the latest signed version, and when; null while never signed. */
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type NoteView = z.infer<typeof noteViewSchema>;
export const noteListSchema = z.object({
  items: z.array(noteViewSchema.omit({ text: true, revision: true })),
});
/** One of the caller's own notes, with who it is about (null without the patient plugin). */
export const myNoteListSchema = z.object({
  items: z.array(
    noteViewSchema
      .omit({ text: true, revision: true })
      .extend({ patient: z.object({ name: z.string(), mrn: z.string() }).nullable() }),
  ),
});

export const icd10ResultSchema = z.object({ items: z.array(z.object({ code: z.string(), title: z.string() })) });
export const loincResultSchema = z.object({
  items: z.array(z.object({ code: z.string(), display: z.string(), vital: z.boolean(), units: z.array(z.string()) })),
});

/** A visit summary (outpatient) or discharge summary (inpatient), built from the record and the signed notes. */
export interface EncounterSummary {
  readonly kind: 'visit-summary' | 'discharge-summary';
  readonly encounter: EncounterView;
  /** The chart as it stood when the encounter closed (or now, while it is open). */
  readonly asOf: string;
  readonly diagnoses: readonly { code: string; title: string; kind: string; status: string }[];
  readonly otherActiveProblems: readonly { code: string; title: string }[];
  readonly allergies: readonly { substance: string; reaction: string | null; criticality: string }[];
  readonly medications: readonly {
    medication: string;
    dose: string;
    route: string;
    frequency: string;
    startedDuringEncounter: boolean;
  }[];
  readonly stoppedDuringEncounter: readonly { medication: string; reason: string }[];
  readonly observations: readonly { code: string; display: string; value: number; unit: string; effectiveAt: string }[];
  readonly notes: readonly {
    title: string;
    signedAt: string;
    /** The signing account's id. */
    signedBy: string;
    /** The signer's name and position from the staff plugin's directory, or null (staff off, unknown account). */
    signedByName: string | null;
    text: string;
    contentHash: string;
  }[];
}

/** The answer of GetEncounterSummary: the summary, and its PDF when `format` is `pdf`. */
export interface EncounterSummaryAnswer {
  readonly patientId: string;
  readonly summary: EncounterSummary;
  readonly pdf?: Buffer;
}
