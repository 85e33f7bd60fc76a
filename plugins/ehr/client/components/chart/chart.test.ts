import { describe, expect, it } from 'vitest';
import type { ChartAnswer, LoincCode } from '$lib/api/types';
import { fromLegacyEntry } from '$lib/stores/legacy-outbox';
import type { OutboxEntry } from '$lib/stores/outbox';
import { allergiesByDanger, emptyChart, toChartData, type AllergyItem, type ChartData } from './chart-data';
import { overlayChart } from './chart-overlay';
import { convertUnit, inOneUnit, preferredUnit, unitsFor } from './vital-units';

const PATIENT = '7d7c3a4e-1111-4a4a-8a8a-000000000001';
const PROBLEM = '7d7c3a4e-1111-4a4a-8a8a-000000000002';
const ALLERGY = '7d7c3a4e-1111-4a4a-8a8a-000000000003';
const MEDICATION = '7d7c3a4e-1111-4a4a-8a8a-000000000004';

const chart: ChartData = {
  ...emptyChart(PATIENT),
  problems: [{ problemId: PROBLEM, code: 'I10', title: 'Essential (primary) hypertension', kind: 'diagnosis' }],
  allergies: [
    {
      allergyId: ALLERGY,
      substance: 'Penicillin',
      type: 'allergy',
      category: 'medication',
      criticality: 'high',
      status: 'active',
    },
  ],
  medications: [
    {
      medicationId: MEDICATION,
      medication: 'Amlodipine 5 mg tablet',
      dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
    },
  ],
  vitals: [
    {
      code: '8480-6',
      display: 'Systolic blood pressure',
      value: 150,
      unit: 'mm[Hg]',
      effectiveAt: '2026-03-10T10:00:00.000Z',
      history: [
        { value: 150, unit: 'mm[Hg]', effectiveAt: '2026-03-10T10:00:00.000Z' },
        { value: 162, unit: 'mm[Hg]', effectiveAt: '2026-03-09T10:00:00.000Z' },
      ],
    },
  ],
};
let n = 0;
// Written as the old outbox kept them and converted as an upgraded client reads them: shown alike.
const entry = (
  kind: string,
  payload: Record<string, unknown>,
  status: OutboxEntry['status'] = 'waiting',
): OutboxEntry =>
  fromLegacyEntry({
    id: `e${++n}`,
    kind,
    payload,
    createdAt: '2026-03-10T11:00:00.000Z',
    status,
    attempts: 0,
    ...(status === 'rejected'
      ? { rejection: { status: 422, code: 'UNIT_NOT_ALLOWED', message: 'This unit does not fit.' } }
      : {}),
  });
const LOINC: LoincCode[] = [
  { code: '8310-5', display: 'Body temperature', vital: true, units: ['Cel', '[degF]'] },
  { code: '8867-4', display: 'Heart rate', vital: true, units: ['/min'] },
];

describe('overlayChart', () => {
  it("shows the server's chart as it is when nothing waits", () => {
    expect(overlayChart(chart, [])).toEqual({ chart, rejections: [] });
  });

  it('adds a waiting problem, allergy and prescription at once, marked as being added', () => {
    const { chart: view } = overlayChart(chart, [
      entry('chart.problem.record', {
        patientId: PATIENT,
        title: 'Type 2 diabetes mellitus without complications',
        body: { code: 'E11.9', kind: 'diagnosis' },
      }),
      entry('chart.allergy.record', {
        patientId: PATIENT,
        body: { substance: 'Latex', category: 'environment', criticality: 'low' },
      }),
      entry('chart.medication.prescribe', {
        patientId: PATIENT,
        body: {
          medication: 'Metformin 500 mg tablet',
          dosage: { dose: '500 mg', route: 'oral', frequency: 'twice daily' },
        },
      }),
    ]);
    expect(view.problems.map((p) => [p.code, p.pending])).toEqual([
      ['I10', undefined],
      ['E11.9', 'adding'],
    ]);
    expect(view.allergies.map((a) => [a.substance, a.status, a.pending])).toEqual([
      ['Penicillin', 'active', undefined],
      ['Latex', 'active', 'adding'],
    ]);
    expect(view.medications.map((m) => [m.medication, m.pending])).toEqual([
      ['Amlodipine 5 mg tablet', undefined],
      ['Metformin 500 mg tablet', 'adding'],
    ]);
  });

  it('keeps an allergy being marked inactive on screen until the server agrees, and shows a changed dose at once', () => {
    const { chart: view } = overlayChart(chart, [
      entry('chart.allergy.status', {
        patientId: PATIENT,
        allergyId: ALLERGY,
        body: { status: 'entered-in-error', reason: 'Wrong patient' },
      }),
      entry('chart.medication.change', {
        patientId: PATIENT,
        medicationId: MEDICATION,
        body: { dosage: { dose: '10 mg', route: 'oral', frequency: 'once daily' }, reason: 'Still high' },
      }),
      entry('chart.problem.resolve', { patientId: PATIENT, problemId: PROBLEM, body: {} }),
    ]);
    expect(view.allergies).toEqual([{ ...chart.allergies[0], pending: 'marking' }]);
    expect(view.medications[0]).toMatchObject({ dosage: { dose: '10 mg' }, pending: 'changing' });
    expect(view.problems[0]?.pending).toBe('resolving');
  });

  it('adds a waiting measurement to its vital, newest first, and starts a vital the chart did not have', () => {
    const { chart: view } = overlayChart(chart, [
      entry('chart.observation.record', {
        patientId: PATIENT,
        body: { code: '8480-6', value: 141, unit: 'mm[Hg]', effectiveAt: '2026-03-10T12:00:00.000Z' },
      }),
      entry('chart.observation.record', {
        patientId: PATIENT,
        display: 'Heart rate',
        body: { code: '8867-4', value: 72, unit: '/min', effectiveAt: '2026-03-10T12:00:00.000Z' },
      }),
    ]);
    const systolic = view.vitals.find((v) => v.code === '8480-6')!;
    expect([systolic.value, systolic.pending, systolic.history.map((h) => h.value)]).toEqual([
      141,
      true,
      [141, 150, 162],
    ]);
    expect(view.vitals.find((v) => v.code === '8867-4')).toMatchObject({
      display: 'Heart rate',
      value: 72,
      history: [{ value: 72, pending: true }],
    });
  });

  it("lists a refused command without changing the chart, and ignores other patients' commands", () => {
    const refused = entry(
      'chart.observation.record',
      { patientId: PATIENT, body: { code: '8480-6', value: 14, unit: 'kg', effectiveAt: '2026-03-10T12:00:00.000Z' } },
      'rejected',
    );
    const otherPatient = entry('chart.problem.record', {
      patientId: 'someone-else',
      title: 'Asthma',
      body: { code: 'J45.909' },
    });
    const booking = entry('appointment.book', { body: {}, endsAt: '', location: '' });
    const { chart: view, rejections } = overlayChart(chart, [refused, otherPatient, booking]);
    expect(view).toEqual(chart);
    expect(rejections).toEqual([
      { entryId: refused.id, command: 'ehr.RecordObservation', rejection: refused.rejection },
    ]);
  });
});

describe('toChartData and allergiesByDanger', () => {
  it('gives a vital without history (an older server) its latest value as the only point', () => {
    const answer = {
      ...emptyChart(PATIENT),
      notes: [],
      vitals: [{ code: '8867-4', value: 80, unit: '/min', effectiveAt: '2026-03-10T10:00:00.000Z' }],
    } as unknown as ChartAnswer;
    expect(toChartData(answer).vitals[0]).toMatchObject({ display: '8867-4', history: [{ value: 80, unit: '/min' }] });
  });

  it('puts highly critical, then severe allergies first', () => {
    const allergy = (substance: string, criticality: string, severity?: string): AllergyItem => ({
      allergyId: substance,
      substance,
      type: 'allergy',
      category: 'food',
      criticality,
      status: 'active',
      ...(severity ? { severity } : {}),
    });
    const sorted = allergiesByDanger([
      allergy('Egg', 'low'),
      allergy('Peanut', 'low', 'severe'),
      allergy('Wasp venom', 'high'),
    ]);
    expect(sorted.map((a) => a.substance)).toEqual(['Wasp venom', 'Peanut', 'Egg']);
  });
});

describe('vital units', () => {
  it("offers the server's units for a code, starting with the one the patient's last measurement used", () => {
    expect(unitsFor('8310-5', LOINC)).toEqual(['Cel', '[degF]']);
    expect(unitsFor('0000-0', LOINC)).toEqual([]);
    expect(preferredUnit('8310-5', LOINC, [])).toBe('Cel');
    const inFahrenheit = [{ ...chart.vitals[0]!, code: '8310-5', unit: '[degF]' }];
    expect(preferredUnit('8310-5', LOINC, inFahrenheit)).toBe('[degF]');
    expect(preferredUnit('8867-4', LOINC, [{ ...chart.vitals[0]!, code: '8867-4', unit: 'bpm' }])).toBe('/min');
  });

  it('converts temperatures, weights and heights, and refuses units that do not convert', () => {
    expect(convertUnit(37, 'Cel', '[degF]')).toBeCloseTo(98.6);
    expect(convertUnit(212, '[degF]', 'Cel')).toBeCloseTo(100);
    expect(convertUnit(1500, 'g', 'kg')).toBeCloseTo(1.5);
    expect(convertUnit(10, '[lb_av]', 'kg')).toBeCloseTo(4.536, 3);
    expect(convertUnit(1.8, 'm', 'cm')).toBeCloseTo(180);
    expect(convertUnit(70, 'kg', 'cm')).toBeUndefined();
  });

  it('draws a vital in the latest unit, oldest first', () => {
    const points = inOneUnit(
      [
        { value: 38.5, unit: 'Cel', effectiveAt: '2026-03-10T12:00:00.000Z' },
        { value: 100.4, unit: '[degF]', effectiveAt: '2026-03-10T08:00:00.000Z' },
      ],
      'Cel',
    );
    expect(points.map((p) => [p.value, p.unit])).toEqual([
      [38, 'Cel'],
      [38.5, 'Cel'],
    ]);
  });
});
