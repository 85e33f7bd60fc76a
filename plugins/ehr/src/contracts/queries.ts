import { defineQuery, z } from '@hms/sdk';

export const GetChart = defineQuery(
  'ehr.GetChart',
  z.object({ patientId: z.uuid(), asOf: z.iso.datetime({ offset: true }).optional() }),
  "A patient's chart now, or as it stood at `asOf` (rebuilt from the events)",
);
export const ListEncounters = defineQuery('ehr.ListEncounters', z.object({ patientId: z.uuid() }), "A patient's encounters");
export const GetEncounter = defineQuery('ehr.GetEncounter', z.object({ encounterId: z.uuid() }), 'One encounter');
export const GetEncounterSummary = defineQuery(
  'ehr.GetEncounterSummary',
  z.object({ encounterId: z.uuid(), format: z.enum(['json', 'pdf']).default('json') }),
  'The visit or discharge summary of an encounter, as JSON or PDF',
);
export const GetNote = defineQuery('ehr.GetNote', z.object({ noteId: z.uuid() }), "A note's current text and status");
export const ListNotes = defineQuery('ehr.ListNotes', z.object({ patientId: z.uuid() }), "A patient's notes");
export const SearchIcd10 = defineQuery(
  'ehr.SearchIcd10',
  z.object({ q: z.string().trim().min(1).max(100), limit: z.coerce.number().int().min(1).max(100).default(20) }),
  'ICD-10 codes by code prefix or by words of the title',
);
export const SearchLoinc = defineQuery(
  'ehr.SearchLoinc',
  z.object({ q: z.string().trim().max(100).default('') }),
  'LOINC codes the chart records, with the units each accepts',
);

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
  patientId: z.uuid(), asOf: z.string().nullable(), updatedAt: z.string().nullable(),
  problems: z.array(z.looseObject({ problemId: z.uuid(), code: z.string(), title: z.string() })),
  allergies: z.array(z.looseObject({ allergyId: z.uuid(), substance: z.string() })),
  medications: z.array(z.looseObject({ medicationId: z.uuid(), medication: z.string() })),
  vitals: z.array(z.looseObject({ code: z.string(), value: z.number(), unit: z.string(), effectiveAt: z.string() })),
  plans: z.array(z.looseObject({ planId: z.uuid(), title: z.string() })),
  notes: z.array(z.looseObject({ noteId: z.uuid(), status: z.string() })),
});

export const encounterViewSchema = z.object({
  encounterId: z.uuid(), patientId: z.uuid(), class: z.enum(['outpatient', 'inpatient']), status: z.enum(['open', 'closed']),
  appointmentId: z.uuid().nullable(), stayId: z.uuid().nullable(), reason: z.string().nullable(),
  openedAt: z.string(), closedAt: z.string().nullable(),
});
export type EncounterView = z.infer<typeof encounterViewSchema>;
export const encounterListSchema = z.object({ items: z.array(encounterViewSchema) });

export const noteViewSchema = z.object({
  id: z.uuid(), patientId: z.uuid(), encounterId: z.uuid().nullable(), title: z.string(),
  status: z.enum(['draft', 'signed', 'amending']), text: z.string(), revision: z.number().int(),
  signedVersions: z.number().int(),
});
export type NoteView = z.infer<typeof noteViewSchema>;
export const noteListSchema = z.object({
  items: z.array(noteViewSchema.omit({ text: true, revision: true })),
});

export const icd10ResultSchema = z.object({ items: z.array(z.object({ code: z.string(), title: z.string() })) });
export const loincResultSchema = z.object({
  items: z.array(z.object({ code: z.string(), display: z.string(), vital: z.boolean(), units: z.array(z.string()) })),
});
