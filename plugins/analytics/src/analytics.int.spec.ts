import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import type { PluginDefinition, ReportResult } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  expectedAdmissionsPerWeek,
  expectedClinic,
  expectedDispositions,
  expectedLengthOfStay,
  expectedOccupancy,
  expectedReadmissions,
  expectedVisitsPerWeek,
} from '../test/expected-figures';
import { NOW, PERIOD, playScenario, PRACTITIONER, START, type PlayedScenario } from '../test/hospital-scenario';
import { GetDashboard } from './contracts/dashboard';
import { analyticsPlugin } from './plugin';
import { financialPerformanceReport } from './reports/financial-performance.report';
import { patientOutcomesReport } from './reports/patient-outcomes.report';
import { resourceUtilisationReport } from './reports/resource-utilisation.report';

type Row = Record<string, string | number | boolean | null>;
const find = (result: ReportResult, section: string, measure: string, subject = '', period = ''): Row | undefined =>
  result.rows.find(
    (r) => r.section === section && r.measure === measure && r.subject === subject && r.period === period,
  );
const rowsOf = (result: ReportResult, section: string, measure: string) =>
  result.rows.filter((r) => r.section === section && r.measure === measure);

describe('analytics reports over a known hospital', () => {
  let kernel: TestKernel;
  let played: PlayedScenario;

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, schedulingPlugin, adtPlugin, analyticsPlugin as PluginDefinition],
      now: START,
    });
    played = await playScenario({
      execute: (command, data) => kernel.execute(command, data),
      advanceTo: (at) => kernel.clock.advance(Date.parse(at) - Date.parse(kernel.clock.now())),
    });
    await kernel.settle();
  }, 60_000);
  afterAll(async () => {
    await kernel?.close();
  });

  it('computes length of stay, readmissions and dispositions of the period as the scenario defines them', async () => {
    const { result, progress } = await kernel.runReport(patientOutcomesReport, PERIOD);
    const los = expectedLengthOfStay(PERIOD.from, PERIOD.to);
    expect(los.stays).toBe(6);
    expect(find(result, 'Length of stay', 'stays discharged')?.value).toBe(los.stays);
    expect(find(result, 'Length of stay', 'average length of stay (days)')?.value).toBe(los.average);
    expect(find(result, 'Length of stay', 'median length of stay (days)')?.value).toBe(los.median);
    expect(find(result, 'Length of stay', 'same-day discharges')?.value).toBe(los.sameDay);
    expect(find(result, 'Length of stay', 'stays still open at the end of the period')?.value).toBe(los.open);

    const readmissions = expectedReadmissions(PERIOD.from, PERIOD.to, 30);
    expect(find(result, 'Readmissions', '30-day readmission rate (%)')).toMatchObject({
      value: readmissions.rate,
      numerator: readmissions.readmitted,
      denominator: readmissions.index,
      note: expect.stringContaining(`${readmissions.open} of these discharges`),
    });
    const dispositions = expectedDispositions(PERIOD.from, PERIOD.to);
    expect(
      Object.fromEntries(
        rowsOf(result, 'Discharge dispositions', 'discharges (%)').map((r) => [r.subject, r.numerator]),
      ),
    ).toEqual(dispositions);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(1);
  });

  it('counts admissions and visits per week, and says the diagnoses need the EHR plugin', async () => {
    const { result } = await kernel.runReport(patientOutcomesReport, { ...PERIOD, interval: 'week' });
    expect(Object.fromEntries(rowsOf(result, 'Activity', 'admissions').map((r) => [r.period, r.value]))).toEqual(
      expectedAdmissionsPerWeek(PERIOD.from, PERIOD.to),
    );
    expect(Object.fromEntries(rowsOf(result, 'Activity', 'outpatient visits').map((r) => [r.period, r.value]))).toEqual(
      expectedVisitsPerWeek(PERIOD.from, PERIOD.to),
    );
    expect(find(result, 'Most frequent diagnoses', 'not available')?.note).toBe('the ehr plugin is not enabled');
  });

  it('filters length of stay by the discharging ward and by department', async () => {
    const surgery = expectedLengthOfStay(PERIOD.from, PERIOD.to, 'B');
    for (const filter of [{ wardId: played.wards.B.id }, { department: 'Surgery' }]) {
      const { result } = await kernel.runReport(patientOutcomesReport, { ...PERIOD, ...filter });
      expect(find(result, 'Length of stay', 'stays discharged')?.value).toBe(surgery.stays);
      expect(find(result, 'Length of stay', 'average length of stay (days)')?.value).toBe(surgery.average);
      expect(find(result, 'Length of stay', 'stays still open at the end of the period')?.value).toBe(surgery.open);
    }
  });

  it('computes bed occupancy per ward and day from time in beds over time beds were in service', async () => {
    const { result } = await kernel.runReport(resourceUtilisationReport, PERIOD);
    const actual = rowsOf(result, 'Bed occupancy', 'occupancy (%)').map((r) => ({
      ward: r.subject,
      day: r.period,
      occupied: r.numerator,
      available: r.denominator,
      percent: r.value,
    }));
    expect(actual).toEqual(expectedOccupancy(PERIOD.from, PERIOD.to));
    expect(actual.find((r) => r.ward === 'AMED' && r.day === '2026-01-22')).toMatchObject({ available: 1 });
  });

  it('computes slot utilisation and the no-show rate per practitioner, and names the plugins that are missing', async () => {
    const { result } = await kernel.runReport(resourceUtilisationReport, { ...PERIOD, practitionerId: PRACTITIONER });
    const clinic = expectedClinic(PERIOD.from, PERIOD.to);
    expect(find(result, 'Appointment slots', 'slot utilisation (%)', PRACTITIONER)).toMatchObject({
      value: clinic.utilisation,
      numerator: clinic.bookedHours,
      denominator: clinic.offeredHours,
    });
    expect(find(result, 'Appointment slots', 'no-show rate (%)', PRACTITIONER)).toMatchObject({
      value: clinic.noShowRate,
      numerator: clinic.noShows,
      denominator: clinic.resolved,
    });
    expect(find(result, 'Staff hours', 'not available')?.note).toBe('the staff plugin is not enabled');
    expect(find(result, 'Stock turnover', 'not available')?.note).toBe('the inventory plugin is not enabled');
  });

  it('says plainly that the financial sections need the billing plugin', async () => {
    const { result } = await kernel.runReport(financialPerformanceReport, {});
    expect(result.rows.map((r) => [r.section, r.note])).toEqual([
      ['Revenue per period and department', 'the billing plugin is not enabled'],
      ['Collections', 'the billing plugin is not enabled'],
      ['Accounts receivable ageing', 'the billing plugin is not enabled'],
      ['Claim denial rate', 'the billing plugin is not enabled'],
    ]);
  });

  it('refuses a period that ends before it starts, or is longer than a year', async () => {
    await expect(
      kernel.runReport(patientOutcomesReport, { from: '2026-02-01', to: '2026-01-01' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      kernel.runReport(patientOutcomesReport, { from: '2024-01-01', to: '2026-01-01' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(kernel.runReport(resourceUtilisationReport, { timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('answers the dashboard from the read models: in-patients, occupancy, today and the last 30 days', async () => {
    expect(kernel.clock.now()).toBe(NOW);
    const dashboard = await kernel.ask(GetDashboard, {});
    const recent = expectedLengthOfStay('2026-01-11', '2026-02-10');
    expect(dashboard).toEqual({
      at: NOW,
      inPatients: 2,
      bedsInService: 4,
      occupancyPercent: 50,
      appointmentsToday: 0,
      noShowsToday: 0,
      admissionsToday: 1,
      dischargesToday: 0,
      averageLengthOfStayDays: recent.average,
    });
  });

  it('gives the same read models when its projections are rebuilt from the events', async () => {
    const before = (await kernel.runReport(resourceUtilisationReport, PERIOD)).result;
    for (const name of ['analytics.stays', 'analytics.bed-capacity', 'analytics.appointments', 'analytics.schedules']) {
      await kernel.rebuildProjection(name);
    }
    expect((await kernel.runReport(resourceUtilisationReport, PERIOD)).result).toEqual(before);
  });
});
