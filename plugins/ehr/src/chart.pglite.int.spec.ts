import { randomUUID } from 'node:crypto';
import { fold } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { ChangeMedication, PrescribeMedication, RecordObservation } from './contracts/commands';
import { GetChart } from './contracts/queries';
import { observationDecider } from './domain/observation/observation.decider';
import { chartStream } from './domain/streams';
import { ehrPlugin } from './plugin';

/** The chart on the embedded PostgreSQL (PGlite) of the zero-setup start, past its first snapshots. */
describe('the chart on embedded PGlite', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin], database: 'pglite', now: '2026-03-02T08:00:00.000Z' });
  }, 60_000);
  afterAll(async () => kernel?.close());

  it('keeps the chart state in a snapshot that equals the fold of its events, and decides from it', async () => {
    const patientId = randomUUID();
    const dosage = { dose: '5 mg', route: 'oral', frequency: 'once daily' };
    const { medicationId } = await kernel.execute(PrescribeMedication, {
      patientId,
      medication: 'Amlodipine 5 mg tablet',
      dosage,
    });
    for (let i = 0; i < 230; i += 1) {
      await kernel.execute(RecordObservation, { patientId, code: '8867-4', value: 60 + (i % 40), unit: '/min' });
      kernel.clock.advance(60_000); // a measurement a minute, so "latest" is unambiguous
    }
    const [snapshot] = await kernel.sql.query<{ version: number; state: unknown }>(
      `SELECT version, state FROM core.stream_snapshots WHERE stream_id = $1 AND key LIKE 'ehr.chart/1#%'`,
      [chartStream(patientId)],
    );
    expect(snapshot?.version).toBe(200);
    const events = await kernel.readStream(chartStream(patientId));
    expect(snapshot?.state).toEqual(
      JSON.parse(JSON.stringify(fold(observationDecider, events.slice(0, 200) as never))),
    );
    // The medication prescribed before the snapshot is known to the command that changes it after.
    await kernel.execute(ChangeMedication, {
      patientId,
      medicationId,
      dosage: { ...dosage, dose: '10 mg' },
      reason: 'Still high',
    });
    const chart = await kernel.ask(GetChart, { patientId });
    expect(chart.medications).toEqual([
      expect.objectContaining({ medicationId, dosage: expect.objectContaining({ dose: '10 mg' }) }),
    ]);
    const heartRate = chart.vitals.find((v) => (v as { code: string }).code === '8867-4') as { value: number };
    expect(heartRate.value).toBe(60 + (229 % 40));
  }, 60_000);
});
