import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { postJson } from '../lib/http-json';

/** One queued command as the browser's outbox keeps it (apps/web/src/lib/stores/outbox.ts). */
export interface QueuedCommand {
  readonly id: string;
  readonly command: string;
  readonly data: unknown;
  readonly createdAt: string;
  readonly status: 'waiting';
  readonly attempts: 0;
}

/** What the commands act on: a ward's patients, each admitted with a medication, and a ward store. */
export interface Ward {
  readonly patients: readonly { readonly patientId: string; readonly medicationId: string }[];
  readonly itemId: string;
  readonly locationId: string;
}

/** The share of each kind in the hour's work, as a ward does it: vitals first, then doses, stock and registrations. */
export const MIX = [
  { command: 'ehr.RecordObservation', share: 0.4 },
  { command: 'ehr.RecordAdministration', share: 0.2 },
  { command: 'inventory.IssueStock', share: 0.2 },
  { command: 'patient.RegisterPatient', share: 0.2 },
] as const;

/**
 * `count` commands across plugins, interleaved over `spanMs` from `start`; registrations' people numbered from
 * `names`. The span is the time since the ward was set up, not a real hour: a dose may not be recorded before its
 * prescription, which the set-up made just now.
 */
export function hourOfWork(ward: Ward, count: number, start: Date, spanMs: number, names = 0): QueuedCommand[] {
  const commands: QueuedCommand[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start.getTime() + Math.round((i * spanMs) / count));
    const patient = ward.patients[i % ward.patients.length]!;
    const kind = pick(i, count);
    commands.push({
      id: randomUUID(),
      command: kind,
      data: dataOf(kind, i, patient, ward, at, names),
      createdAt: at.toISOString(),
      status: 'waiting',
      attempts: 0,
    });
  }
  return commands;
}

/** The kind of the i-th command, spread so every kind runs through the whole hour. */
function pick(i: number, count: number): string {
  const slot = (i * 0.618_033_988_75) % 1;
  let sum = 0;
  for (const { command, share } of MIX) {
    sum += share;
    if (slot < sum) return command;
  }
  void count;
  return MIX[0].command;
}

function dataOf(
  kind: string,
  i: number,
  patient: Ward['patients'][number],
  ward: Ward,
  at: Date,
  names: number,
): Record<string, unknown> {
  switch (kind) {
    case 'ehr.RecordObservation':
      return {
        patientId: patient.patientId,
        code: '8867-4',
        value: 60 + (i % 40),
        unit: '/min',
        effectiveAt: at.toISOString(),
      };
    case 'ehr.RecordAdministration':
      return {
        patientId: patient.patientId,
        medicationId: patient.medicationId,
        outcome: 'given',
        administeredAt: at.toISOString(),
      };
    case 'inventory.IssueStock':
      return { itemId: ward.itemId, locationId: ward.locationId, quantity: 1, issuedTo: 'Ward 7 treatment room' };
    default:
      // Names and birth dates all different: the duplicate check would refuse look-alikes (rightly).
      return {
        givenName: nameOf(names + i),
        familyName: nameOf((names + i) * 7 + 3),
        birthDate: birthDateOf(names + i),
        gender: 'unknown',
      };
  }
}

/** The API as the set-up and the baseline call it, signed in as the admin. */
export class Api {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  constructor(
    private readonly url: URL,
    private token = '',
  ) {}

  async signIn(password: string): Promise<string> {
    const answer = await this.call('POST', '/api/auth/login', { username: 'admin', password });
    this.token = (answer as { token: string }).token;
    return this.token;
  }

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const answer = await postJson(this.agent, new URL(path, this.url), body ?? {}, this.headers(), method);
    if (answer.status >= 300)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** The baseline: each command in a call of its own, one after another, as a client without batching would. */
  async sendOneByOne(commands: readonly QueuedCommand[]): Promise<number> {
    let refused = 0;
    for (const c of commands) {
      const answer = (await this.call('POST', '/api/sync/commands', {
        commands: [{ id: c.id, type: c.command, data: c.data, queuedAt: c.createdAt }],
      })) as { results: { outcome: string }[] };
      if (answer.results[0]?.outcome !== 'done') refused++;
    }
    return refused;
  }

  close(): void {
    this.agent.destroy();
  }

  private headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }
}

/** A 30-bed ward: patients registered and admitted, each with a medication, and its store stocked. */
export async function setUpWard(api: Api, beds: number): Promise<Ward> {
  const ward = (await api.call('POST', '/api/wards', {
    code: `B${Date.now() % 100000}`,
    name: 'Bench ward 7',
    specialty: 'Internal medicine',
    beds: Array.from({ length: beds }, (_, i) => String(i + 1)),
  })) as { id: string };
  const board = (await api.call('GET', `/api/wards/${ward.id}/board`)) as { beds: { id: string }[] };
  const patients: { patientId: string; medicationId: string }[] = [];
  for (const [i, bed] of board.beds.entries()) {
    const patient = (await api.call('POST', '/api/patients', {
      givenName: nameOf(100_000 + i),
      familyName: nameOf(200_000 + i * 13),
      birthDate: birthDateOf(20_000 + i * 3),
      gender: 'unknown',
    })) as { id: string };
    await api.call('POST', '/api/admissions', {
      patientId: patient.id,
      wardId: ward.id,
      bedId: bed.id,
      reason: { category: 'elective' },
    });
    const medication = (await api.call('POST', `/api/charts/${patient.id}/medications`, {
      medication: 'Benchamol 500 mg tablet',
      dosage: { dose: '1 tablet', route: 'oral', frequency: 'four times daily' },
    })) as { medicationId: string };
    patients.push({ patientId: patient.id, medicationId: medication.medicationId });
  }
  // The admissions open their encounters through a reaction, after the admission's commit: doses need them.
  for (const { patientId } of patients)
    await until(async () => {
      const record = (await api.call('GET', `/api/charts/${patientId}/administrations`)) as {
        encounterId: string | null;
      };
      return record.encounterId !== null;
    });
  const location = (await api.call('POST', '/api/inventory/locations', { code: 'W7', name: 'Ward 7 store' })) as {
    id: string;
  };
  const item = (await api.call('POST', '/api/inventory/items', {
    code: 'SUP-BENCH-GLOVES',
    name: 'Bench gloves',
    category: 'supply',
    unit: 'each',
  })) as { id: string };
  await api.call('POST', '/api/inventory/receipts', { itemId: item.id, locationId: location.id, quantity: 100_000 });
  return { patients, itemId: item.id, locationId: location.id };
}

async function until(ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error('The ward was not ready in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'van',
  'do',
  'ris',
  'pel',
  'shu',
  'gan',
  'bo',
  'lin',
  'ze',
  'mar',
  'tu',
  'quo',
];

/** An invented name, different for every n (its digits in base 16 as syllables). */
function nameOf(n: number): string {
  let name = '';
  let rest = n + 16 * 16;
  while (rest > 0) {
    name += SYLLABLES[rest % 16];
    rest = Math.floor(rest / 16);
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A birth date n days after 1 January 1930. */
function birthDateOf(n: number): string {
  return new Date(Date.UTC(1930, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}
