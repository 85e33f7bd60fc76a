import { defineQuery, z } from '@hms/sdk';
import { addressSchema, birthDateSchema, genderSchema } from './demographics';
import { mrnSchema } from './mrn-schema';
import { patientDetailsShape } from './patient-details';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One patient by id. */
export const GetPatient = defineQuery(
  'patient.GetPatient',
  z.strictObject({ id: z.uuid() }),
  'Look up one patient',
);

/**
 * Patients matching every criterion given, ordered by family name, given name and id. `q` is read as an MRN
 * (9 digits), a birth date (YYYY-MM-DD) or else as name words, each matching the start of the family or given name.
 */
export const SearchPatients = defineQuery(
  'patient.SearchPatients',
  z.strictObject({
    q: z.string().trim().max(100).optional().describe('A name, an MRN or a birth date (YYYY-MM-DD)'),
    mrn: mrnSchema.optional(),
    birthDate: birthDateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional().describe('Page size (default 20)'),
    offset: z.coerce.number().int().min(0).optional().describe('Patients to skip (default 0)'),
  }),
  'Search patients by name, MRN or birth date',
);

/** A patient as the directory shows it; `version` is the ETag for conditional updates. */
export const patientViewSchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  middleName: z.string().optional(),
  birthDate: z.string(),
  gender: genderSchema,
  phone: z.string().optional(),
  email: z.string().optional(),
  address: addressSchema.optional(),
  preferredLanguage: z.string().optional(),
  ...patientDetailsShape,
  version: z.number().int(),
  registeredAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Present when the record asked for was merged into this one: the merged-away record's id and MRN. */
  mergedFrom: z.object({ id: z.uuid(), mrn: z.string() }).optional(),
});

export const patientPageSchema = z.object({
  items: z.array(patientViewSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type PatientView = z.infer<typeof patientViewSchema>;
export type PatientPage = z.infer<typeof patientPageSchema>;
