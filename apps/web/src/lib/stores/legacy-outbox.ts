import { t } from '$lib/i18n/en';
import type { OutboxEntry } from './outbox-entry';

/**
 * The outbox before the generic one (web client of SDK 2.8 and older) kept a command kind and the HTTP call's body.
 * A ward computer may be offline with such entries when the client is upgraded: they are rewritten here, once, as
 * the command they stood for (its wire type and its handler's data: the body's fields plus the path's ids, as the
 * route built them), with the same id, so a resend is still recognised by the server. This table is frozen: it
 * only reads what old clients wrote, and no new code queues through it.
 */
export interface LegacyEntry {
  readonly id: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly createdAt: string;
  readonly status: 'waiting' | 'rejected';
  readonly attempts: number;
  readonly rejection?: OutboxEntry['rejection'];
}

type Converted = { command: string; data: unknown; display?: unknown };
type Payload = Record<string, unknown> & { body?: Record<string, unknown> };

const withBody = (command: string, ids: readonly string[], display?: (p: Payload) => unknown) => (p: Payload) => ({
  command,
  data: { ...(p.body ?? {}), ...Object.fromEntries(ids.map((id) => [id, p[id]])) },
  ...(display ? { display: display(p) } : {}),
});

const CONVERSIONS: Readonly<Record<string, (payload: Payload) => Converted>> = {
  'patient.register': (p) => ({ command: 'patient.RegisterPatient', data: p }),
  'appointment.book': (p) => ({
    command: 'scheduling.BookAppointment',
    data: p.body,
    display: { endsAt: p.endsAt, location: p.location },
  }),
  'appointment.check-in': (p) => ({
    command: 'scheduling.CheckInAppointment',
    data: { appointmentId: p.appointmentId },
    display: { practitionerId: p.practitionerId },
  }),
  'appointment.no-show': (p) => ({
    command: 'scheduling.RecordAppointmentNoShow',
    data: { appointmentId: p.appointmentId },
    display: { practitionerId: p.practitionerId },
  }),
  'appointment.cancel': (p) => ({
    command: 'scheduling.CancelAppointment',
    data: { appointmentId: p.appointmentId, reason: p.reason },
    display: { practitionerId: p.practitionerId },
  }),
  'stay.admit': (p) => ({ command: 'adt.AdmitPatient', data: p }),
  'stay.transfer': withBody('adt.TransferPatient', ['patientId'], (p) => ({
    wardId: p.fromWardId,
    bedId: p.fromBedId,
  })),
  'stay.discharge': withBody('adt.DischargePatient', ['patientId'], (p) => ({ wardId: p.wardId, bedId: p.bedId })),
  'chart.problem.record': withBody('ehr.RecordProblem', ['patientId'], (p) => ({ title: p.title })),
  'chart.problem.resolve': withBody('ehr.ResolveProblem', ['patientId', 'problemId']),
  'chart.allergy.record': withBody('ehr.RecordAllergy', ['patientId']),
  'chart.allergy.status': withBody('ehr.ChangeAllergyStatus', ['patientId', 'allergyId']),
  'chart.medication.prescribe': withBody('ehr.PrescribeMedication', ['patientId']),
  'chart.medication.change': withBody('ehr.ChangeMedication', ['patientId', 'medicationId']),
  'chart.medication.stop': withBody('ehr.StopMedication', ['patientId', 'medicationId']),
  'chart.observation.record': withBody('ehr.RecordObservation', ['patientId'], (p) => ({ display: p.display })),
  'chart.plan.start': withBody('ehr.StartPlan', ['patientId']),
  'chart.plan.progress': withBody('ehr.RecordPlanProgress', ['patientId', 'planId']),
  'note.create': (p) => ({ command: 'ehr.CreateNote', data: p }),
};

/** An entry written by the old outbox: a `kind`, no `command`. */
export function isLegacyEntry(entry: unknown): entry is LegacyEntry {
  return typeof entry === 'object' && entry !== null && 'kind' in entry && !('command' in entry);
}

/**
 * The command an old entry stood for, with its id, time, status and refusal. A kind this table does not know (none
 * was ever written) is kept as a refused entry the user can read and discard, never dropped silently.
 */
export function fromLegacyEntry(entry: LegacyEntry): OutboxEntry {
  const convert = CONVERSIONS[entry.kind];
  const base = { id: entry.id, createdAt: entry.createdAt, attempts: entry.attempts };
  if (!convert)
    return {
      ...base,
      command: entry.kind,
      data: entry.payload,
      status: 'rejected',
      rejection: { status: 400, message: t.outbox.unknownOld },
    };
  const { command, data, display } = convert(entry.payload);
  return {
    ...base,
    command,
    data,
    ...(display === undefined ? {} : { display }),
    status: entry.status,
    ...(entry.rejection ? { rejection: entry.rejection } : {}),
  };
}
