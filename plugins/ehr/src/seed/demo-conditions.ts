import type { Comparator, Dosage } from '../contracts/schemas';

/** A textbook condition for the demo charts: fictional, with a measurable goal and readings that move towards it. */
export interface DemoCondition {
  readonly icd10: string;
  readonly medication: string;
  readonly dosage: Dosage;
  readonly plan: string;
  readonly goal: string;
  readonly target: {
    readonly code: string;
    readonly comparator: Comparator;
    readonly value: number;
    readonly unit: string;
  };
  readonly readings: readonly number[];
}

export const DEMO_CONDITIONS: readonly DemoCondition[] = [
  {
    icd10: 'I10',
    medication: 'Amlodipine 5 mg tablet',
    dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
    plan: 'Blood pressure control',
    goal: 'Systolic pressure below 140 mm[Hg]',
    target: { code: '8480-6', comparator: '<', value: 140, unit: 'mm[Hg]' },
    readings: [162, 151, 143, 137],
  },
  {
    icd10: 'E11.9',
    medication: 'Metformin 500 mg tablet',
    dosage: { dose: '500 mg', route: 'oral', frequency: 'twice daily' },
    plan: 'Glycaemic control',
    goal: 'HbA1c at or below 7 %',
    target: { code: '4548-4', comparator: '<=', value: 7, unit: '%' },
    readings: [8.9, 8.1, 7.4],
  },
  {
    icd10: 'E66.9',
    medication: 'Orlistat 120 mg capsule',
    dosage: { dose: '120 mg', route: 'oral', frequency: 'three times daily with meals' },
    plan: 'Weight reduction',
    goal: 'Body weight below 95 kg',
    target: { code: '29463-7', comparator: '<', value: 95, unit: 'kg' },
    readings: [104, 101.5, 99.8, 98.2],
  },
  {
    icd10: 'J45.909',
    medication: 'Salbutamol 100 micrograms inhaler',
    dosage: { dose: '2 puffs', route: 'inhaled', frequency: 'as needed' },
    plan: 'Asthma control',
    goal: 'Oxygen saturation at or above 95 %',
    target: { code: '59408-5', comparator: '>=', value: 95, unit: '%' },
    readings: [92, 94, 96],
  },
];
