import { defineEvent, timelineEntry, z } from '@hms/sdk';
import { admissionReasonSchema, transferReasonSchema } from './commands';
import { bedServiceReasonSchema, dispositionSchema } from './schemas';

/**
 * The ADT facts length-of-stay, readmission and occupancy reports are computed from. Every event names the stay
 * (one admission, from admittedAt to dischargedAt), the ward(s) and bed(s), and the time it happened on the ward
 * (which may be earlier than when it was recorded; the store keeps that time too).
 */

/** Stay stream: the patient was admitted to a bed; a new stay begins. */
export const PatientAdmitted = defineEvent(
  'patient.PatientAdmitted',
  z.object({
    stayId: z.uuid(),
    patientId: z.uuid(),
    wardId: z.uuid(),
    bedId: z.uuid(),
    reason: admissionReasonSchema,
    admittingPractitionerId: z.string().optional(),
    admittedAt: z.iso.datetime(),
    /** The end of the patient's previous stay, if any: readmission reports need no second look-up. */
    previousDischargedAt: z.iso.datetime().optional(),
  }),
  {
    description: 'A patient was admitted to a bed',
    timeline: (d) =>
      timelineEntry(d.patientId, d.admittedAt, { stayId: d.stayId, wardId: d.wardId, category: d.reason.category }),
  },
);

/** Stay stream: the admitted patient moved to another bed (possibly another ward). */
export const PatientTransferred = defineEvent(
  'patient.PatientTransferred',
  z.object({
    stayId: z.uuid(),
    patientId: z.uuid(),
    fromWardId: z.uuid(),
    fromBedId: z.uuid(),
    toWardId: z.uuid(),
    toBedId: z.uuid(),
    reason: transferReasonSchema,
    transferredAt: z.iso.datetime(),
  }),
  {
    description: 'An admitted patient was moved to another bed',
    timeline: (d) =>
      timelineEntry(d.patientId, d.transferredAt, {
        stayId: d.stayId,
        wardId: d.toWardId,
        category: d.reason.category,
      }),
  },
);

/** Stay stream: the stay ended; the bed is free. */
export const PatientDischarged = defineEvent(
  'patient.PatientDischarged',
  z.object({
    stayId: z.uuid(),
    patientId: z.uuid(),
    wardId: z.uuid(),
    bedId: z.uuid(),
    disposition: dispositionSchema,
    note: z.string().optional(),
    admittedAt: z.iso.datetime(),
    dischargedAt: z.iso.datetime(),
  }),
  {
    description: 'A patient was discharged',
    timeline: (d) => timelineEntry(d.patientId, d.dischargedAt, { stayId: d.stayId, disposition: d.disposition }),
  },
);

/** Bed stream: a patient now lies in the bed. */
export const BedOccupied = defineEvent(
  'patient.BedOccupied',
  z.object({
    bedId: z.uuid(),
    wardId: z.uuid(),
    patientId: z.uuid(),
    stayId: z.uuid(),
    occupiedAt: z.iso.datetime(),
  }),
  { description: 'A patient was placed in a bed' },
);

/** Bed stream: the bed is free again, after a transfer out or a discharge. */
export const BedVacated = defineEvent(
  'patient.BedVacated',
  z.object({
    bedId: z.uuid(),
    wardId: z.uuid(),
    patientId: z.uuid(),
    stayId: z.uuid(),
    vacatedAt: z.iso.datetime(),
    because: z.enum(['transfer', 'discharge']),
  }),
  { description: 'A bed was freed' },
);

// Wards and beds.
/** Ward stream: a ward was defined. */
export const WardDefined = defineEvent(
  'patient.WardDefined',
  z.object({
    wardId: z.uuid(),
    code: z.string(),
    name: z.string(),
    specialty: z.string(),
    definedAt: z.iso.datetime(),
  }),
  { description: 'A ward was defined' },
);

/** Ward-code stream: the code is taken by this ward (one stream per code makes codes unique under concurrency). */
export const WardCodeClaimed = defineEvent(
  'patient.WardCodeClaimed',
  z.object({ code: z.string(), wardId: z.uuid(), claimedAt: z.iso.datetime() }),
  { description: 'A ward code was given to a ward' },
);

/** Ward stream: the ward lists a new bed under this label. */
export const BedAdded = defineEvent(
  'patient.BedAdded',
  z.object({ wardId: z.uuid(), bedId: z.uuid(), label: z.string(), addedAt: z.iso.datetime() }),
  { description: 'A bed was added to a ward' },
);

/** Ward stream: the ward no longer lists the bed (its label may be reused). */
export const BedRemoved = defineEvent(
  'patient.BedRemoved',
  z.object({ wardId: z.uuid(), bedId: z.uuid(), label: z.string(), removedAt: z.iso.datetime() }),
  { description: 'A bed was removed from a ward' },
);

/** Ward stream: a listed bed goes by another label from now on (signs changed, rooms renumbered). */
export const BedRenamed = defineEvent(
  'adt.BedRenamed',
  z.object({
    wardId: z.uuid(),
    bedId: z.uuid(),
    label: z.string(),
    previousLabel: z.string(),
    renamedAt: z.iso.datetime(),
  }),
  { description: 'A bed was given another label' },
);

/** Bed stream: the bed was closed for good (recorded with BedRemoved so no admission can race the removal). */
export const BedDecommissioned = defineEvent(
  'patient.BedDecommissioned',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), decommissionedAt: z.iso.datetime() }),
  { description: 'A bed was closed for good' },
);

/** Bed stream: the empty bed cannot take patients until it is back in service. Occupancy reports exclude it. */
export const BedTakenOutOfService = defineEvent(
  'patient.BedTakenOutOfService',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), reason: bedServiceReasonSchema, at: z.iso.datetime() }),
  { description: 'A bed was taken out of service' },
);

/** Bed stream: the bed takes patients again. */
export const BedReturnedToService = defineEvent(
  'patient.BedReturnedToService',
  z.object({ bedId: z.uuid(), wardId: z.uuid(), at: z.iso.datetime() }),
  { description: 'A bed was put back in service' },
);

/** Every event this plugin records (the manifest declares them). */
/** Ward-staff stream: someone joined a ward's team (until a time, or until taken off). */
export const WardStaffAssigned = defineEvent(
  'adt.WardStaffAssigned',
  z.object({
    wardId: z.uuid(),
    memberId: z.string(),
    until: z.iso.datetime({ offset: true }).optional(),
    assignedAt: z.iso.datetime(),
  }),
  { description: "Someone joined a ward's team" },
);

/** Ward-staff stream: someone left a ward's team. */
export const WardStaffAssignmentEnded = defineEvent(
  'adt.WardStaffAssignmentEnded',
  z.object({ wardId: z.uuid(), memberId: z.string(), endedAt: z.iso.datetime() }),
  { description: "Someone left a ward's team" },
);

export const ADT_EVENTS = [
  PatientAdmitted,
  PatientTransferred,
  PatientDischarged,
  BedOccupied,
  BedVacated,
  WardDefined,
  WardCodeClaimed,
  BedAdded,
  BedRemoved,
  BedRenamed,
  BedDecommissioned,
  BedTakenOutOfService,
  BedReturnedToService,
  WardStaffAssigned,
  WardStaffAssignmentEnded,
] as const;
