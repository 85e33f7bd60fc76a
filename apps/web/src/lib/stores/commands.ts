import { api, type PatientView, type RegisterPatientBody } from '$lib/api/client';
import { candidatesOf, describeProblem, fieldMessagesOf, isRejection, type Problem } from '$lib/api/problem';
import type { AdmitBody, BookAppointmentBody, CancelReason, DischargeBody, TransferBody } from '$lib/api/types';
import type { CreateNoteBody } from '$lib/api/note-types';
import { CHART_SENDERS, type ChartCommandPayloads } from './chart-commands';
import type { CommandKind, OutboxEntry, SendOutcome } from './outbox';
import { patientCache } from './local';

/** What each kind of command carries in the outbox: the body, plus what the screen needs to show it meanwhile. */
export interface CommandPayloads extends ChartCommandPayloads {
  'patient.register': RegisterPatientBody;
  'appointment.book': { body: BookAppointmentBody; endsAt: string; location: string };
  'appointment.check-in': { appointmentId: string; practitionerId: string };
  'appointment.no-show': { appointmentId: string; practitionerId: string };
  'appointment.cancel': { appointmentId: string; practitionerId: string; reason: CancelReason };
  'stay.admit': AdmitBody;
  'stay.transfer': { patientId: string; fromWardId: string; fromBedId: string; body: TransferBody };
  'stay.discharge': { patientId: string; wardId: string; bedId: string; body: DischargeBody };
  /** The note's text, written meanwhile, is kept on this computer under the entry's id (see note-created.ts). */
  'note.create': CreateNoteBody;
}

/** What openapi-fetch answers for any call. */
interface Answer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

type Sender<K extends CommandKind> = (payload: CommandPayloads[K], key: string) => Promise<Answer>;
const header = (key: string) => ({ 'Idempotency-Key': key });

/** One sender per kind: the call, with the entry's id as `Idempotency-Key` so a resend is answered once. */
const SENDERS: { [K in CommandKind]: Sender<K> } = {
  'patient.register': (body, key) => api.POST('/api/patients', { body, params: { header: header(key) } }),
  'appointment.book': ({ body }, key) => api.POST('/api/appointments', { body, params: { header: header(key) } }),
  'appointment.check-in': ({ appointmentId }, key) =>
    api.POST('/api/appointments/{id}/check-in', {
      body: {},
      params: { path: { id: appointmentId }, header: header(key) },
    }),
  'appointment.no-show': ({ appointmentId }, key) =>
    api.POST('/api/appointments/{id}/no-show', {
      body: {},
      params: { path: { id: appointmentId }, header: header(key) },
    }),
  'appointment.cancel': ({ appointmentId, reason }, key) =>
    api.POST('/api/appointments/{id}/cancel', {
      body: { reason },
      params: { path: { id: appointmentId }, header: header(key) },
    }),
  'stay.admit': (body, key) => api.POST('/api/admissions', { body, params: { header: header(key) } }),
  'stay.transfer': ({ patientId, body }, key) =>
    api.POST('/api/admissions/{patientId}/transfer', { body, params: { path: { patientId }, header: header(key) } }),
  'stay.discharge': ({ patientId, body }, key) =>
    api.POST('/api/admissions/{patientId}/discharge', { body, params: { path: { patientId }, header: header(key) } }),
  ...CHART_SENDERS,
  'note.create': (body, key) => api.POST('/api/notes', { body, params: { header: header(key) } }),
};

/** Sends one outbox entry to the API, its id as `Idempotency-Key`. */
export async function sendCommand(entry: OutboxEntry): Promise<SendOutcome> {
  const send = SENDERS[entry.kind] as Sender<CommandKind>;
  const { data, error, response } = await send(entry.payload as never, entry.id);
  if (response.ok) {
    if (entry.kind === 'patient.register' && data) await patientCache.put(data as PatientView);
    // Loaded on demand: the Yjs libraries stay out of the shell that every screen loads.
    if (entry.kind === 'note.create' && data)
      await (await import('./note-created')).noteCreated(entry.id, (data as { id: string }).id);
    return { kind: 'sent', result: data };
  }
  if (!isRejection(response.status)) return { kind: 'retry' };
  const problem: Problem = { ...(error as Problem | undefined), status: response.status };
  const candidates = candidatesOf(problem);
  return {
    kind: 'rejected',
    rejection: {
      status: response.status,
      message: describeProblem(problem),
      ...(problem.code ? { code: problem.code } : {}),
      ...(entry.kind === 'patient.register' ? { fieldErrors: fieldMessagesOf(problem) } : {}),
      ...(candidates && candidates.length > 0 ? { candidates } : {}),
    },
  };
}
