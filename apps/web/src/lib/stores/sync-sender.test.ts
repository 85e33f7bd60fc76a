import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { sendBatch as SendBatch } from './sync-sender';
import type { OutboxEntry } from './outbox';

/** The requests the API client made, and the answer the test gives to the next one (the network's edge only). */
const requests: Request[] = [];
let answer: () => Response = () => new Response(null, { status: 500 });
let sendBatch: typeof SendBatch;

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
  ({ sendBatch } = await import('./sync-sender'));
  (await import('$lib/api/problem')).usePluginProblemTexts(new Map([['SLOT_TAKEN', 'Someone else booked this time.']]));
});
beforeEach(() => {
  requests.length = 0;
});

const entry = (n: number, command: string, data: unknown): OutboxEntry => ({
  id: `5b0c1e0e-9f6a-4c8e-8d3e-3b8f0f6d9a1${n}`,
  command,
  data,
  createdAt: `2026-03-10T09:0${n}:00.000Z`,
  status: 'waiting',
  attempts: 0,
});
const batch = [
  entry(1, 'scheduling.CheckInAppointment', { appointmentId: 'a-1' }),
  entry(2, 'scheduling.BookAppointment', {
    patientId: 'p',
    practitionerId: 'd',
    type: 'x',
    startsAt: '2026-03-10T09:00:00Z',
  }),
  entry(3, 'vendor.RecordLinenUse', { bags: 2 }),
];

describe('sendBatch', () => {
  it('sends the entries in one call, in order, each with its id, type, data and when it was queued', async () => {
    answer = () => Response.json({ results: batch.map((e) => ({ id: e.id, outcome: 'done', result: { ok: e.id } })) });
    const outcomes = await sendBatch(batch);
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe('/api/sync/commands');
    expect(await requests[0]!.json()).toEqual({
      commands: batch.map((e) => ({ id: e.id, type: e.command, data: e.data, queuedAt: e.createdAt })),
    });
    expect(outcomes).toEqual(batch.map((e) => ({ kind: 'sent', result: { ok: e.id } })));
  });

  it('keeps a refusal in plain words with its problem, and asks again for what was not tried', async () => {
    answer = () =>
      Response.json({
        results: [
          { id: batch[0]!.id, outcome: 'done', result: null },
          {
            id: batch[1]!.id,
            outcome: 'refused',
            problem: {
              status: 409,
              code: 'SLOT_TAKEN',
              details: { practitionerId: 'd', startsAt: '2026-03-10T09:00:00Z' },
            },
          },
          { id: batch[2]!.id, outcome: 'not-tried' },
        ],
      });
    const [done, refused, later] = await sendBatch(batch);
    expect(done).toEqual({ kind: 'sent', result: null });
    expect(refused).toEqual({
      kind: 'rejected',
      rejection: {
        status: 409,
        code: 'SLOT_TAKEN',
        message: 'Someone else booked this time.',
        problem: {
          status: 409,
          code: 'SLOT_TAKEN',
          details: { practitionerId: 'd', startsAt: '2026-03-10T09:00:00Z' },
        },
      },
    });
    expect(later).toEqual({ kind: 'retry' });
  });

  it('keeps the candidates of a likely duplicate registration', async () => {
    const registration = entry(4, 'patient.RegisterPatient', { givenName: 'A' });
    answer = () =>
      Response.json({
        results: [
          {
            id: registration.id,
            outcome: 'refused',
            problem: {
              status: 409,
              code: 'POSSIBLE_DUPLICATE',
              details: { candidates: [{ id: 'p-1', mrn: '000000017' }] },
            },
          },
        ],
      });
    expect((await sendBatch([registration]))[0]).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'POSSIBLE_DUPLICATE', candidates: [{ id: 'p-1', mrn: '000000017' }] },
    });
  });

  it('asks for another try of every entry when the call itself failed (server down, session ended)', async () => {
    for (const status of [503, 401]) {
      answer = () =>
        new Response(JSON.stringify({ status }), { status, headers: { 'content-type': 'application/problem+json' } });
      expect(await sendBatch(batch)).toEqual(batch.map(() => ({ kind: 'retry' })));
    }
  });
});
