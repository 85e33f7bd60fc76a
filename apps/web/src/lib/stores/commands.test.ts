import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendCommand as SendCommand } from './commands';
import type { OutboxEntry } from './outbox';

/** The requests the API client made, and the answer the test gives to the next one. */
const requests: Request[] = [];
let answer: () => Response = () => new Response(null, { status: 500 });
let sendCommand: typeof SendCommand;

beforeAll(async () => {
  // openapi-fetch takes `fetch` when the client is created, so it is replaced before the client module loads.
  vi.stubGlobal('fetch', async (input: Request) => {
    requests.push(input);
    return answer();
  });
  // The client calls same-origin paths (`/api/…`), which Node's Request only takes with a base, as a page has.
  const NodeRequest = globalThis.Request;
  vi.stubGlobal(
    'Request',
    class extends NodeRequest {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(typeof input === 'string' ? new URL(input, 'http://ward-pc.test') : input, init);
      }
    },
  );
  ({ sendCommand } = await import('./commands'));
  // The refusal texts of the enabled plugins, as the shell registers them once their client parts are loaded.
  (await import('$lib/api/problem')).usePluginProblemTexts(new Map([['SLOT_TAKEN', 'Someone else booked this time.']]));
});
beforeEach(() => {
  requests.length = 0;
});

const problem = (status: number, body: object) => () =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
const entry = (kind: OutboxEntry['kind'], payload: unknown): OutboxEntry => ({
  id: '5b0c1e0e-9f6a-4c8e-8d3e-3b8f0f6d9a11',
  kind,
  payload,
  createdAt: '2026-03-10T09:00:00.000Z',
  status: 'waiting',
  attempts: 0,
});
const APPOINTMENT = 'c8a4f4f0-1111-4111-8111-111111111111';

describe('sendCommand', () => {
  it("sends the entry's id as Idempotency-Key, to the command's route", async () => {
    answer = () => Response.json({ id: APPOINTMENT, status: 'checked-in' });
    const outcome = await sendCommand(
      entry('appointment.check-in', { appointmentId: APPOINTMENT, practitionerId: 'd' }),
    );
    expect(outcome).toEqual({ kind: 'sent', result: { id: APPOINTMENT, status: 'checked-in' } });
    expect(requests[0]!.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe(`/api/appointments/${APPOINTMENT}/check-in`);
    expect(requests[0]!.headers.get('Idempotency-Key')).toBe('5b0c1e0e-9f6a-4c8e-8d3e-3b8f0f6d9a11');
  });

  it('turns a taken slot into a rejection in plain words, with its code', async () => {
    answer = problem(409, { code: 'SLOT_TAKEN', detail: 'SLOT_TAKEN' });
    const outcome = await sendCommand(
      entry('appointment.book', {
        body: { patientId: 'p', practitionerId: 'd', type: 'consultation', startsAt: '2026-03-10T09:00:00Z' },
        endsAt: '2026-03-10T09:30:00Z',
        location: 'Room 1',
      }),
    );
    expect(outcome).toEqual({
      kind: 'rejected',
      rejection: { status: 409, code: 'SLOT_TAKEN', message: 'Someone else booked this time.' },
    });
  });

  it('keeps the candidates of a likely duplicate registration', async () => {
    answer = problem(409, { code: 'POSSIBLE_DUPLICATE', details: { candidates: [{ id: 'p-1', mrn: '000000017' }] } });
    const outcome = await sendCommand(
      entry('patient.register', { givenName: 'A', familyName: 'B', birthDate: '1980-01-01', gender: 'unknown' }),
    );
    expect(outcome).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'POSSIBLE_DUPLICATE', candidates: [{ id: 'p-1', mrn: '000000017' }], fieldErrors: {} },
    });
  });

  it('asks for another try later when the server is down or the session has ended', async () => {
    answer = problem(503, { code: 'SERVICE_UNAVAILABLE' });
    expect(
      await sendCommand(
        entry('stay.discharge', { patientId: 'p', wardId: 'w', bedId: 'b', body: { disposition: 'home' } }),
      ),
    ).toEqual({ kind: 'retry' });
    answer = problem(401, { code: 'SESSION_EXPIRED' });
    expect(
      await sendCommand(
        entry('stay.discharge', { patientId: 'p', wardId: 'w', bedId: 'b', body: { disposition: 'home' } }),
      ),
    ).toEqual({ kind: 'retry' });
  });
});
