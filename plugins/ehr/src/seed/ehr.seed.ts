import { defineSeed, type SeedContext } from '@hms/sdk';
import { SearchPatients } from '@hms/plugin-patient/contracts';
import {
  OpenEncounter,
  PrescribeMedication,
  RecordAllergy,
  RecordObservation,
  RecordProblem,
  StartPlan,
} from '../contracts/commands';
import { DEMO_CONDITIONS, type DemoCondition } from './demo-conditions';

/** How many demo patients get a chart: a handful is enough to show every part of it. */
const DEMO_CHARTS = 8;

/**
 * A few fictional charts through the real command bus: for each demo patient an encounter, a condition (its
 * diagnosis, medication, a measurable plan and the vital signs that follow it) and sometimes an allergy. With the
 * patient plugin the charts belong to its demo patients; without it, to ids made up for the demo.
 */
export const ehrSeed = defineSeed({
  isEmpty: async (sql) => (await sql.query('SELECT 1 FROM ehr.charts LIMIT 1')).length === 0,
  async run(ctx) {
    const patientIds = await demoPatients(ctx, Math.min(ctx.size, DEMO_CHARTS));
    for (const [index, patientId] of patientIds.entries()) {
      await seedChart(ctx, patientId, DEMO_CONDITIONS[index % DEMO_CONDITIONS.length] as DemoCondition, index);
    }
    ctx.progress(`created ${patientIds.length} demo charts`);
    return { created: patientIds.length };
  },
});

async function demoPatients(ctx: SeedContext, count: number): Promise<string[]> {
  if (ctx.enabledPlugins.includes('patient')) {
    const page = await ctx.ask(SearchPatients, { limit: count });
    return page.items.map((p) => p.id);
  }
  const hex = (): string =>
    Math.floor(ctx.random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return Array.from({ length: count }, () => {
    const h = `${hex()}${hex()}${hex()}${hex()}`;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  });
}

async function seedChart(ctx: SeedContext, patientId: string, condition: DemoCondition, index: number): Promise<void> {
  const encounter = await ctx.execute(OpenEncounter, {
    patientId,
    class: 'outpatient',
    reason: 'Demo follow-up visit',
  });
  const { encounterId } = encounter;
  await ctx.execute(RecordProblem, { patientId, kind: 'diagnosis', code: condition.icd10, encounterId });
  await ctx.execute(PrescribeMedication, {
    patientId,
    medication: condition.medication,
    dosage: condition.dosage,
    // A month's supply, so the demo pharmacy's worklist (inventory 1.4) has something to dispense against.
    quantity: 30,
    encounterId,
  });
  await ctx.execute(StartPlan, {
    patientId,
    title: condition.plan,
    goals: [{ description: condition.goal, target: condition.target }],
  });
  for (const [step, value] of condition.readings.entries()) {
    await ctx.execute(RecordObservation, {
      patientId,
      code: condition.target.code,
      value,
      unit: condition.target.unit,
      encounterId,
      effectiveAt: new Date(Date.UTC(2026, 0, 5 + step * 7, 9)).toISOString(),
    });
  }
  await ctx.execute(RecordObservation, {
    patientId,
    code: '8867-4',
    value: 64 + (index % 5) * 4,
    unit: '/min',
    encounterId,
  });
  await ctx.execute(RecordObservation, {
    patientId,
    code: '8310-5',
    value: 36.6 + (index % 3) / 10,
    unit: 'Cel',
    encounterId,
  });
  if (index % 2 === 0) {
    await ctx.execute(RecordAllergy, {
      patientId,
      substance: index % 4 === 0 ? 'Penicillin' : 'Peanut',
      category: index % 4 === 0 ? 'medication' : 'food',
      reaction: 'Hives',
      severity: 'moderate',
      criticality: 'high',
    });
  }
}
