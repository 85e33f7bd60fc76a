import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { postJson, type JsonResponse } from '../lib/http-json';
import { pick, randomQuestion, type Hospital } from '../scheduling/hospital';

/** What one kind of request costs a hospital's day, and how often it comes. */
export interface MixedOperation {
  readonly key: string;
  readonly label: string;
  /** Relative frequency in the mix. */
  readonly weight: number;
  /** Sends one; answers whether the system refused it as designed (a slot taken meanwhile). */
  run(call: Caller): Promise<{ refused?: boolean }>;
}

/** One client's way to the balancer: a keep-alive connection and the session token. */
export interface Caller {
  send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonResponse>;
}

export function caller(baseUrl: URL, token: string): Caller {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    send: (method, path, body, headers = {}) =>
      postJson(agent, new URL(path, baseUrl), body ?? {}, { authorization: `Bearer ${token}`, ...headers }, method),
  };
}

const SURNAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Nowak', 'Haddad', 'Kowalski', 'Ibrahim'];
const VITALS = [
  { code: '8310-5', unit: 'Cel', low: 36, high: 39 },
  { code: '8867-4', unit: '/min', low: 50, high: 120 },
  { code: '9279-1', unit: '/min', low: 10, high: 30 },
] as const;

function expect(answer: JsonResponse, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
}

/**
 * The mix: what a 100 000-patient hospital's staff do through a day, in proportion (a ward round reads many charts
 * and records vitals; the front desk searches far more than it registers; a report now and then). Weights are per
 * 100 operations.
 */
export function mixedOperations(hospital: Hospital): readonly MixedOperation[] {
  return [
    {
      key: 'chart',
      label: 'chart read',
      weight: 30,
      run: async (call) => {
        expect(await call.send('GET', `/api/charts/${pick(hospital.patientIds)}`), 200, 'chart');
        return {};
      },
    },
    {
      key: 'vital',
      label: 'vital sign',
      weight: 20,
      run: async (call) => {
        const vital = pick(VITALS);
        const value = Math.round((vital.low + Math.random() * (vital.high - vital.low)) * 10) / 10;
        const answer = await call.send(
          'POST',
          `/api/charts/${pick(hospital.patientIds)}/observations`,
          { code: vital.code, value, unit: vital.unit },
          { 'idempotency-key': randomUUID() },
        );
        expect(answer, 201, 'vital sign');
        return {};
      },
    },
    {
      key: 'search',
      label: 'patient search',
      weight: 20,
      run: async (call) => {
        expect(await call.send('GET', `/api/patients?q=${pick(SURNAMES).slice(0, 4)}&limit=20`), 200, 'search');
        return {};
      },
    },
    {
      key: 'patient',
      label: 'patient read',
      weight: 7,
      run: async (call) => {
        expect(await call.send('GET', `/api/patients/${pick(hospital.patientIds)}`), 200, 'patient');
        return {};
      },
    },
    {
      key: 'slots',
      label: 'free-slot search',
      weight: 12,
      run: async (call) => {
        const q = randomQuestion(hospital);
        const path = `/api/schedules/${q.practitioner.id}/slots?type=${q.type.code}&from=${q.from}&to=${q.to}&limit=20`;
        expect(await call.send('GET', path), 200, 'slots');
        return {};
      },
    },
    {
      key: 'book',
      label: 'booking (search + book)',
      weight: 6,
      run: async (call) => {
        const q = randomQuestion(hospital);
        const path = `/api/schedules/${q.practitioner.id}/slots?type=${q.type.code}&from=${q.from}&to=${q.to}&limit=20`;
        const found = await call.send('GET', path);
        expect(found, 200, 'slots before booking');
        const items = (found.body as { items: { practitionerId: string; type: string; startsAt: string }[] }).items;
        if (items.length === 0) return { refused: true };
        const slot = pick(items);
        const booked = await call.send(
          'POST',
          '/api/appointments',
          {
            patientId: pick(hospital.patientIds),
            practitionerId: slot.practitionerId,
            type: slot.type,
            startsAt: slot.startsAt,
          },
          { 'idempotency-key': randomUUID() },
        );
        if (booked.status === 409) return { refused: true };
        expect(booked, 201, 'booking');
        return {};
      },
    },
    {
      key: 'register',
      label: 'registration',
      weight: 4,
      run: async (call) => {
        const answer = await call.send(
          'POST',
          '/api/patients',
          {
            givenName: 'Mixed',
            familyName: `${pick(SURNAMES)}${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`,
            birthDate: new Date(Date.UTC(1930, 0, 1) + Math.floor(Math.random() * 30_000) * 86_400_000)
              .toISOString()
              .slice(0, 10),
            gender: 'unknown',
          },
          { 'idempotency-key': randomUUID() },
        );
        expect(answer, 201, 'registration');
        return {};
      },
    },
    {
      key: 'report',
      label: 'report run (queued)',
      weight: 1,
      run: async (call) => {
        // The last 30 days (the report's default period); the run itself is a worker's job, off this path.
        expect(await call.send('POST', '/api/reports/analytics.resource-utilisation/runs', {}), 202, 'report');
        return {};
      },
    },
  ];
}
