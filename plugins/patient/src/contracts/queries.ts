import { defineQuery, z } from '@hms/sdk';
import {
  addressSchema,
  birthDateSchema,
  genderSchema,
  identifierSchema,
  mrnSchema,
  patientDetailsShape,
  personNameSchema,
} from './schemas';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One patient by id. */
export const GetPatient = defineQuery(
  'patient.GetPatient',
  z.strictObject({ id: z.uuid() }),
  'Look up one patient',
).returns<PatientView>();

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
).returns<PatientPage>();

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

/** Everything that happened to a patient (and to the records merged into it), oldest first. */
export const GetPatientTimeline = defineQuery(
  'patient.GetPatientTimeline',
  z.strictObject({ id: z.uuid() }),
  "A patient's timeline: every recorded event, in time order",
).returns<PatientTimeline>();

/** One entry of a timeline: ids and codes only, never names or clinical text. */
export const timelineEntrySchema = z.object({
  at: z.iso.datetime(),
  type: z.string().describe('The event type, e.g. patient.PatientRegistered'),
  plugin: z.string().describe('The plugin that recorded it'),
  patientId: z.uuid().describe('The record it happened to (a merged-away record, for its own history)'),
  summary: z.record(z.string(), z.unknown()),
});

export const patientTimelineSchema = z.object({
  patientId: z.uuid(),
  entries: z.array(timelineEntrySchema),
});

/**
 * The patients a registration would duplicate: same identifier, or same birth date and a similar name. The
 * registration screen asks this before registering, or after a POSSIBLE_DUPLICATE refusal, to show them.
 */
export const FindDuplicateCandidates = defineQuery(
  'patient.FindDuplicateCandidates',
  z.strictObject({
    givenName: personNameSchema,
    familyName: personNameSchema,
    birthDate: birthDateSchema,
    identifiers: z.array(identifierSchema).max(10).optional(),
  }),
  'Patients already in the directory that a registration may duplicate',
).returns<DuplicateCandidates>();

export const duplicateCandidateSchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  matchedOn: z.array(z.enum(['identifier', 'name-and-birth-date'])),
});

export const duplicateCandidatesSchema = z.object({ candidates: z.array(duplicateCandidateSchema) });

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type PatientTimeline = z.infer<typeof patientTimelineSchema>;
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
export type DuplicateCandidates = z.infer<typeof duplicateCandidatesSchema>;

/**
 * Whether a patient id names a record, and which record is kept up to date for it: the cheap check other plugins
 * ask (published, `ctx.ask(ResolvePatient, { id })`) before filing something under a patient id. Answers ids only,
 * no demographics; an id no record has is a 404 `PATIENT_NOT_FOUND`.
 */
export const ResolvePatient = defineQuery(
  'patient.ResolvePatient',
  z.strictObject({ id: z.uuid() }),
  'Check that a patient id names a record, and find the record kept for it',
).returns<PatientReference>();

export const patientReferenceSchema = z.object({
  /** The record kept up to date: the id asked for, or the survivor the asked record was merged into. */
  patientId: z.uuid(),
  mrn: z.string(),
  /**
   * When the record kept up to date was registered: other plugins refuse to date anything about the patient
   * (an admission, say) before it.
   */
  registeredAt: z.iso.datetime(),
  /** Present when the id asked for was merged away: that record's id and MRN. */
  mergedFrom: z.object({ id: z.uuid(), mrn: z.string() }).optional(),
});

export type PatientReference = z.infer<typeof patientReferenceSchema>;
