import { defineReplica, z, type RecordedEvent } from '@hms/sdk';
import { PatientDemographicsUpdated, PatientRegistered } from '@hms/plugin-patient/contracts';
import {
  BedAdded,
  BedDecommissioned,
  BedOccupied,
  BedRemoved,
  BedRenamed,
  BedReturnedToService,
  BedTakenOutOfService,
  BedVacated,
  PatientAdmitted,
  PatientDischarged,
  PatientTransferred,
  WardDefined,
} from '../contracts/events';
import { GetWardBoard, type BoardBed, type WardBoard } from '../contracts/queries';

/** A bed of the board as a device keeps it: the bed with its ward's name and code (the board's header). */
export type WardBoardRow = BoardBed & { readonly ward: WardBoard['ward'] };

const BED_EVENTS: ReadonlySet<string> = new Set(
  [
    BedAdded,
    BedRemoved,
    BedRenamed,
    BedDecommissioned,
    BedOccupied,
    BedVacated,
    BedTakenOutOfService,
    BedReturnedToService,
  ].map((e) => e.type),
);
const NAME_EVENTS: ReadonlySet<string> = new Set([PatientRegistered.type, PatientDemographicsUpdated.type]);

/**
 * A ward's bed board on the ward's computers, one row per bed: a nurse sees who lies where, with name and MRN (the
 * banner's identity), through an hour without network. Bed events name their bed; a name change names the
 * patient, whose bed the row says (`alsoKeyedBy`); renaming the ward changes every row.
 */
// #region replica
export const wardBoardReplica = defineReplica({
  name: 'adt.WardBoard',
  description: "A ward's beds and who is in each",
  query: GetWardBoard,
  params: z.strictObject({ wardId: z.uuid() }),
  events: [
    WardDefined,
    BedAdded,
    BedRemoved,
    BedRenamed,
    BedDecommissioned,
    BedOccupied,
    BedVacated,
    BedTakenOutOfService,
    BedReturnedToService,
    PatientAdmitted,
    PatientTransferred,
    PatientDischarged,
    PatientRegistered,
    PatientDemographicsUpdated,
  ],
  rows: (board): WardBoardRow[] => board.beds.map((bed) => ({ ...bed, ward: board.ward })),
  key: (row) => row.id,
  alsoKeyedBy: (row) => (row.occupant ? [row.occupant.patientId] : []),
  changedRows: (event, { wardId }) => changedBeds(event, wardId),
  limits: { maxRows: 200, maxAgeHours: 12 },
});
// #endregion replica

function changedBeds(event: RecordedEvent, wardId: string): readonly string[] | 'all' {
  const data = event.data as Record<string, unknown>;
  if (NAME_EVENTS.has(event.type)) return [String(data['patientId'])];
  if (event.type === WardDefined.type) return data['wardId'] === wardId ? 'all' : [];
  if (BED_EVENTS.has(event.type)) return data['wardId'] === wardId ? [String(data['bedId'])] : [];
  // Stay events: the admitting practitioner shown on the bed comes from the admission.
  const beds = [
    [data['wardId'], data['bedId']],
    [data['toWardId'], data['toBedId']],
  ].filter(([ward, bed]) => ward === wardId && typeof bed === 'string');
  return beds.map(([, bed]) => String(bed));
}
