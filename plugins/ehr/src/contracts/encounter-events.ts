import { defineEvent, z } from '@hms/sdk';
import { careTeamRoleSchema, encounterClassSchema } from './schemas';
import { encounterEntry } from './timeline';

/** Encounter stream: a visit or stay began (by hand, or from a check-in or admission of the patient plugin). */
export const EncounterOpened = defineEvent(
  'ehr.EncounterOpened',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    class: encounterClassSchema,
    appointmentId: z.uuid().optional(),
    stayId: z.uuid().optional(),
    reason: z.string().max(500).optional(),
    openedAt: z.iso.datetime(),
    openedBy: z.string(),
  }),
  {
    description: 'An outpatient visit or inpatient stay began',
    // The reason is free text: it stays in the encounter, off the timeline.
    timeline: (d) =>
      encounterEntry(d, d.openedAt, {
        encounterId: d.encounterId,
        class: d.class,
        appointmentId: d.appointmentId,
        stayId: d.stayId,
      }),
  },
);

/** Encounter stream: the visit or stay ended. */
export const EncounterClosed = defineEvent(
  'ehr.EncounterClosed',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    closedAt: z.iso.datetime(),
    closedBy: z.string(),
    because: z.enum(['completed', 'discharged']),
  }),
  {
    description: 'An encounter ended',
    timeline: (d) => encounterEntry(d, d.closedAt, { encounterId: d.encounterId, because: d.because }),
  },
);

/** Encounter stream: someone joined the encounter's care team (a consultant, the nurse in charge…). */
export const CareTeamMemberAdded = defineEvent(
  'ehr.CareTeamMemberAdded',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    memberId: z.string(),
    role: careTeamRoleSchema,
    addedAt: z.iso.datetime(),
    addedBy: z.string(),
  }),
  { description: "Someone joined an encounter's care team" },
);

/** Encounter stream: someone left the encounter's care team. */
export const CareTeamMemberRemoved = defineEvent(
  'ehr.CareTeamMemberRemoved',
  z.object({
    encounterId: z.uuid(),
    patientId: z.uuid(),
    memberId: z.string(),
    removedAt: z.iso.datetime(),
    removedBy: z.string(),
  }),
  { description: "Someone left an encounter's care team" },
);

export const ENCOUNTER_EVENTS = [EncounterOpened, EncounterClosed, CareTeamMemberAdded, CareTeamMemberRemoved] as const;
