import { randomUUID } from 'node:crypto';
import type { BenchClient } from '../lib/bench-client';

/** A ward as the benchmark builds it: its id, the beds left free and the patients in the others. */
export interface BenchWard {
  readonly wardId: string;
  readonly freeBedId: string;
  readonly patientIds: readonly string[];
}

/**
 * A ward of `beds` + 1 beds, `beds` of them occupied by fictional patients, each chart with an allergy, two
 * medications and `observations` vital signs (invented data), `concurrency` patients at a time.
 */
export async function wardWithCharts(
  client: BenchClient,
  beds: number,
  observations: number,
  concurrency = 6,
): Promise<BenchWard> {
  const code = `R${randomUUID().slice(0, 6)}`;
  const labels = Array.from({ length: beds + 1 }, (_, i) => String(i + 1));
  const ward = await client.call('POST', '/api/wards', {
    code,
    name: `Replica ${code}`,
    specialty: 'Medicine',
    beds: labels,
  });
  const wardId = String((ward.body as { id: string }).id);
  const board = await client.call('GET', `/api/wards/${wardId}/board`);
  const bedIds = (board.body as { beds: { id: string }[] }).beds.map((b) => b.id);
  const patientIds: string[] = [];
  for (let start = 0; start < beds; start += concurrency) {
    const batch = bedIds.slice(start, Math.min(beds, start + concurrency));
    patientIds.push(...(await Promise.all(batch.map((bedId) => admitted(client, wardId, bedId, observations)))));
  }
  return { wardId, freeBedId: bedIds[beds]!, patientIds };
}

async function admitted(client: BenchClient, wardId: string, bedId: string, observations: number): Promise<string> {
  // Names and birth dates differ enough that the duplicate check lets each one through.
  const n = Math.floor(Math.random() * 10_000);
  const registered = await client.call('POST', '/api/patients', {
    givenName: `Given${randomUUID().slice(0, 6)}`,
    familyName: `Ward${randomUUID().slice(0, 8)}`,
    birthDate: `19${String(30 + (n % 60))}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    gender: 'unknown',
  });
  const patientId = String((registered.body as { id: string }).id);
  await client.call('POST', '/api/admissions', { patientId, wardId, bedId, reason: { category: 'emergency' } });
  const chart = `/api/charts/${patientId}`;
  await client.call('POST', `${chart}/allergies`, { substance: 'Penicillin', category: 'medication' });
  for (const medication of ['Paracetamol', 'Enoxaparin'])
    await client.call('POST', `${chart}/medications`, {
      medication,
      dosage: { dose: '1 g', route: 'oral', frequency: 'every 6 hours' },
    });
  for (let i = 0; i < observations; i++)
    await client.call('POST', `${chart}/observations`, { code: '8867-4', value: 60 + (i % 40), unit: '/min' });
  return patientId;
}
