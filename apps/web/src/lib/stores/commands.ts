import { api, type PatientView, type RegisterPatientBody } from '$lib/api/client';
import { describeProblem, isRejection, type Problem } from '$lib/api/problem';
import { fieldErrorsFromProblem } from '$lib/components/patient/registration';
import type { OutboxEntry, SendOutcome } from './outbox';
import { patientCache } from './local';

/** Sends one outbox entry to the API, its id as `Idempotency-Key`. */
export async function sendCommand(entry: OutboxEntry): Promise<SendOutcome> {
  switch (entry.kind) {
    case 'patient.register': return registerPatient(entry as OutboxEntry<RegisterPatientBody>);
  }
}

async function registerPatient(entry: OutboxEntry<RegisterPatientBody>): Promise<SendOutcome> {
  const { data, error, response } = await api.POST('/api/patients', {
    body: entry.payload,
    params: { header: { 'Idempotency-Key': entry.id } },
  });
  if (data) {
    await patientCache.put(data as PatientView);
    return { kind: 'sent', result: data };
  }
  if (!isRejection(response.status)) return { kind: 'retry' };
  const problem = { ...(error as Problem | undefined), status: response.status };
  return {
    kind: 'rejected',
    rejection: { status: response.status, message: describeProblem(problem), fieldErrors: fieldErrorsFromProblem(problem) },
  };
}
