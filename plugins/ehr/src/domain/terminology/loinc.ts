/**
 * The LOINC codes the chart accepts, each with the UCUM units that fit it and a plausible range (in the first,
 * canonical unit). A value outside the range is refused: it is a typing slip (a temperature of 375 °C), not a
 * clinical finding. Ranges are deliberately wide: they bound the physiologically possible, not the normal.
 */
export interface LoincEntry {
  readonly code: string;
  readonly display: string;
  readonly vital: boolean;
  /** Allowed UCUM units; the first is canonical. */
  readonly units: readonly string[];
  readonly plausible: { readonly min: number; readonly max: number };
}

export const LOINC_COMPACT: readonly LoincEntry[] = [
  { code: '8867-4', display: 'Heart rate', vital: true, units: ['/min'], plausible: { min: 10, max: 300 } },
  { code: '9279-1', display: 'Respiratory rate', vital: true, units: ['/min'], plausible: { min: 2, max: 80 } },
  {
    code: '8310-5',
    display: 'Body temperature',
    vital: true,
    units: ['Cel', '[degF]'],
    plausible: { min: 25, max: 45 },
  },
  {
    code: '8480-6',
    display: 'Systolic blood pressure',
    vital: true,
    units: ['mm[Hg]'],
    plausible: { min: 40, max: 300 },
  },
  {
    code: '8462-4',
    display: 'Diastolic blood pressure',
    vital: true,
    units: ['mm[Hg]'],
    plausible: { min: 20, max: 200 },
  },
  {
    code: '2708-6',
    display: 'Oxygen saturation in arterial blood',
    vital: true,
    units: ['%'],
    plausible: { min: 30, max: 100 },
  },
  {
    code: '59408-5',
    display: 'Oxygen saturation by pulse oximetry',
    vital: true,
    units: ['%'],
    plausible: { min: 30, max: 100 },
  },
  {
    code: '29463-7',
    display: 'Body weight',
    vital: true,
    units: ['kg', 'g', '[lb_av]'],
    plausible: { min: 0.2, max: 650 },
  },
  {
    code: '8302-2',
    display: 'Body height',
    vital: true,
    units: ['cm', 'm', '[in_i]'],
    plausible: { min: 20, max: 275 },
  },
  { code: '39156-5', display: 'Body mass index', vital: true, units: ['kg/m2'], plausible: { min: 5, max: 150 } },
  { code: '72514-3', display: 'Pain severity (0-10)', vital: true, units: ['{score}'], plausible: { min: 0, max: 10 } },
  {
    code: '2339-0',
    display: 'Glucose in blood',
    vital: false,
    units: ['mg/dL', 'mmol/L'],
    plausible: { min: 5, max: 2000 },
  },
  { code: '4548-4', display: 'Hemoglobin A1c', vital: false, units: ['%'], plausible: { min: 2, max: 25 } },
  {
    code: '2093-3',
    display: 'Cholesterol in serum',
    vital: false,
    units: ['mg/dL', 'mmol/L'],
    plausible: { min: 20, max: 1500 },
  },
  {
    code: '2160-0',
    display: 'Creatinine in serum',
    vital: false,
    units: ['mg/dL', 'umol/L'],
    plausible: { min: 0.05, max: 40 },
  },
  {
    code: '718-7',
    display: 'Hemoglobin in blood',
    vital: false,
    units: ['g/dL', 'g/L'],
    plausible: { min: 1, max: 30 },
  },
  { code: '2823-3', display: 'Potassium in serum', vital: false, units: ['mmol/L'], plausible: { min: 0.5, max: 15 } },
  { code: '2951-2', display: 'Sodium in serum', vital: false, units: ['mmol/L'], plausible: { min: 80, max: 220 } },
  {
    code: '6690-2',
    display: 'Leukocytes in blood',
    vital: false,
    units: ['10*3/uL'],
    plausible: { min: 0, max: 1000 },
  },
  {
    code: '1988-5',
    display: 'C reactive protein in serum',
    vital: false,
    units: ['mg/L'],
    plausible: { min: 0, max: 1000 },
  },
];

const BY_CODE = new Map(LOINC_COMPACT.map((entry) => [entry.code, entry]));

export function loincEntry(code: string): LoincEntry | undefined {
  return BY_CODE.get(code);
}

/** Converts a value in one of a code's units to its canonical unit (so ranges and trends compare like with like). */
export function toCanonical(code: string, value: number, unit: string): number {
  // mmol/L is canonical for electrolytes; for glucose and cholesterol it converts by molar mass.
  if (unit === 'mmol/L' && code === '2339-0') return value * 18.016;
  if (unit === 'mmol/L' && code === '2093-3') return value * 38.67;
  switch (unit) {
    case '[degF]':
      return ((value - 32) * 5) / 9;
    case 'g':
      return value / 1000;
    case '[lb_av]':
      return value * 0.45359237;
    case 'm':
      return value * 100;
    case '[in_i]':
      return value * 2.54;
    case 'umol/L':
      return value / 88.42;
    case 'g/L':
      return value / 10;
    default:
      return value;
  }
}
