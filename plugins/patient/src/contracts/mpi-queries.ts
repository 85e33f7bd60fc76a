import { defineQuery, z } from '@hms/sdk';
import { birthDateSchema, personNameSchema } from './demographics';
import { identifierSchema } from './patient-details';

/** Everything that happened to a patient (and to the records merged into it), oldest first. */
export const GetPatientTimeline = defineQuery(
  'patient.GetPatientTimeline',
  z.strictObject({ id: z.uuid() }),
  "A patient's timeline: every recorded event, in time order",
);

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
);

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
