import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { GetAdministrationRecord, RecordAdministration } from './contracts/administration';
import { AddCareTeamMember, CloseEncounter, OpenEncounter, PrescribeMedication } from './contracts/commands';
import { ADMINISTRATION_RECORD, CHART_READ } from './contracts/permissions';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const HOUR = 3_600_000;
const NURSE = { permissions: [CHART_READ.name, ADMINISTRATION_RECORD.name], actorId: 'nurse-demo' };
const dosage = { dose: '1 g', route: 'oral', frequency: 'four times daily' };

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('the medication administration record on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('records doses given, held and refused during a stay, with the time and the nurse, and shows them', async () => {
    const patientId = randomUUID();
    const stay = await kernel.execute(OpenEncounter, { patientId, class: 'inpatient' });
    await kernel.execute(AddCareTeamMember, {
      encounterId: stay.encounterId,
      memberId: NURSE.actorId,
      role: 'nursing',
    });
    const paracetamol = await kernel.execute(PrescribeMedication, {
      patientId,
      medication: 'Paracetamol 500 mg tablet',
      dosage,
      quantity: 16,
    });
    kernel.clock.advance(HOUR);
    const given = await kernel.execute(
      RecordAdministration,
      { patientId, medicationId: paracetamol.medicationId, outcome: 'given', dose: '2 tablets' },
      NURSE,
    );
    expect(given).toMatchObject({ encounterId: stay.encounterId, recordedBy: 'nurse-demo', outcome: 'given' });
    kernel.clock.advance(6 * HOUR);
    await kernel.execute(
      RecordAdministration,
      { patientId, medicationId: paracetamol.medicationId, outcome: 'held', reason: 'Temperature normal' },
      NURSE,
    );
    await kernel.execute(
      RecordAdministration,
      { patientId, medicationId: paracetamol.medicationId, outcome: 'refused', reason: 'Patient declined' },
      NURSE,
    );

    const record = await kernel.ask(GetAdministrationRecord, { patientId }, NURSE);
    expect(record.encounterId).toBe(stay.encounterId);
    expect(record.medications).toEqual([
      expect.objectContaining({ medicationId: paracetamol.medicationId, quantity: 16, status: 'active' }),
    ]);
    expect(record.medications[0]?.administrations.map((a) => a.outcome).sort()).toEqual(['given', 'held', 'refused']);
    expect(record.medications[0]?.administrations.find((a) => a.outcome === 'given')).toMatchObject({
      administeredAt: '2026-03-02T09:00:00.000Z',
      dose: '2 tablets',
      recordedBy: 'nurse-demo',
    });
  });

  it('refuses a dose outside a stay, without a reason, or by someone who may not record one, recording nothing', async () => {
    const patientId = randomUUID();
    const medication = await kernel.execute(PrescribeMedication, { patientId, medication: 'Ibuprofen 200 mg', dosage });
    const dose = { patientId, medicationId: medication.medicationId, outcome: 'given' as const };
    // Outside a stay the nurse has no care relationship; whoever may reach the chart is refused for the MAR.
    expect(await rejection(kernel.execute(RecordAdministration, dose, NURSE))).toMatchObject({ status: 403 });
    expect(await rejection(kernel.execute(RecordAdministration, dose))).toMatchObject({
      status: 422,
      code: 'NOT_AN_INPATIENT',
    });
    const stay = await kernel.execute(OpenEncounter, { patientId, class: 'inpatient' });
    await kernel.execute(AddCareTeamMember, {
      encounterId: stay.encounterId,
      memberId: NURSE.actorId,
      role: 'nursing',
    });
    expect(
      await rejection(kernel.execute(RecordAdministration, { ...dose, outcome: 'held' as const }, NURSE)),
    ).toMatchObject({ status: 400 });
    expect(
      await rejection(
        kernel.execute(RecordAdministration, dose, { permissions: [CHART_READ.name], actorId: NURSE.actorId }),
      ),
    ).toMatchObject({ status: 403 });
    await kernel.execute(CloseEncounter, { encounterId: stay.encounterId });
    expect(await rejection(kernel.execute(RecordAdministration, dose))).toMatchObject({
      code: 'NOT_AN_INPATIENT',
    });
    const record = await kernel.ask(GetAdministrationRecord, { patientId });
    expect(record.medications[0]?.administrations).toEqual([]);
  });
});
