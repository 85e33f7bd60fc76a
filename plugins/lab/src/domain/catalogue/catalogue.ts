import type { LabPanel, LabTest } from './catalogue.types';

/**
 * The seeded catalogue. Ranges follow common adult and paediatric laboratory practice (they vary by analyser and
 * population: a hospital checks them against its own laboratory's before use). Codes and units are the ones the
 * chart's observation list accepts, so released results can appear there.
 */
export const LAB_TESTS: readonly LabTest[] = [
  {
    code: '718-7',
    name: 'Haemoglobin',
    specimen: 'whole-blood',
    unit: 'g/dL',
    ranges: [
      { sex: 'any', from: { days: 0 }, to: { days: 31 }, low: 14, high: 24, criticalLow: 9.5, criticalHigh: 26 },
      { sex: 'any', from: { days: 31 }, to: { years: 1 }, low: 9.5, high: 14, criticalLow: 7, criticalHigh: 20 },
      { sex: 'any', from: { years: 1 }, to: { years: 12 }, low: 11, high: 14.5, criticalLow: 7, criticalHigh: 20 },
      { sex: 'female', from: { years: 12 }, low: 12, high: 15.5, criticalLow: 7, criticalHigh: 20 },
      { sex: 'male', from: { years: 12 }, low: 13.5, high: 17.5, criticalLow: 7, criticalHigh: 20 },
    ],
  },
  {
    code: '2823-3',
    name: 'Potassium',
    specimen: 'serum',
    unit: 'mmol/L',
    ranges: [
      { sex: 'any', from: { days: 0 }, to: { days: 31 }, low: 3.7, high: 5.9, criticalLow: 2.8, criticalHigh: 7 },
      { sex: 'any', from: { days: 31 }, low: 3.5, high: 5.1, criticalLow: 2.8, criticalHigh: 6.2 },
    ],
  },
  {
    code: '2951-2',
    name: 'Sodium',
    specimen: 'serum',
    unit: 'mmol/L',
    ranges: [{ sex: 'any', from: { days: 0 }, low: 135, high: 145, criticalLow: 120, criticalHigh: 160 }],
  },
  {
    code: '2339-0',
    name: 'Glucose',
    specimen: 'whole-blood',
    unit: 'mmol/L',
    ranges: [
      { sex: 'any', from: { days: 0 }, to: { days: 31 }, low: 2.6, high: 5.5, criticalLow: 2, criticalHigh: 20 },
      { sex: 'any', from: { days: 31 }, low: 3.9, high: 7.8, criticalLow: 2.5, criticalHigh: 25 },
    ],
  },
  {
    code: '2160-0',
    name: 'Creatinine',
    specimen: 'serum',
    unit: 'umol/L',
    ranges: [
      { sex: 'any', from: { days: 0 }, to: { years: 1 }, low: 15, high: 40 },
      { sex: 'any', from: { years: 1 }, to: { years: 12 }, low: 20, high: 60 },
      { sex: 'female', from: { years: 12 }, low: 45, high: 90 },
      { sex: 'male', from: { years: 12 }, low: 60, high: 110 },
    ],
  },
];

/**
 * Panels order several tests at once. This basic metabolic panel is the hospital's short form (sodium, potassium,
 * glucose, creatinine), under the LOINC code of the panel; chloride, bicarbonate, urea and calcium join it once
 * they are in the catalogue.
 */
export const LAB_PANELS: readonly LabPanel[] = [
  { code: '51990-0', name: 'Basic metabolic panel', tests: ['2951-2', '2823-3', '2339-0', '2160-0'] },
];

const TESTS = new Map(LAB_TESTS.map((t) => [t.code, t]));
const PANELS = new Map(LAB_PANELS.map((p) => [p.code, p]));

export const labTest = (code: string): LabTest | undefined => TESTS.get(code);
export const labPanel = (code: string): LabPanel | undefined => PANELS.get(code);
