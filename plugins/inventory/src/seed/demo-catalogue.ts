import type { ItemCategory } from '../contracts/schemas';

/** A demo catalogue: common ward stock, with generic names and made-up codes, lots and suppliers. */
export interface DemoItem {
  readonly code: string;
  readonly name: string;
  readonly category: ItemCategory;
  readonly unit: string;
  /** Pharmacy and ward levels: reorder level, reorder quantity, and what the demo starts with. */
  readonly pharmacy: { readonly level: number; readonly reorder: number; readonly start: number };
  readonly ward: { readonly level: number; readonly reorder: number; readonly start: number };
}

export const DEMO_LOCATIONS = [
  { code: 'PHARM', name: 'Main pharmacy' },
  { code: 'W3A', name: 'Ward 3A store' },
] as const;

export const DEMO_ITEMS: readonly DemoItem[] = [
  {
    code: 'MED-PARA-500',
    name: 'Paracetamol 500 mg tablet',
    category: 'medicine',
    unit: 'tablet',
    pharmacy: { level: 2000, reorder: 5000, start: 6400 },
    ward: { level: 200, reorder: 500, start: 340 },
  },
  {
    code: 'MED-AMOX-500',
    name: 'Amoxicillin 500 mg capsule',
    category: 'medicine',
    unit: 'capsule',
    pharmacy: { level: 1000, reorder: 2000, start: 720 },
    ward: { level: 100, reorder: 200, start: 150 },
  },
  {
    code: 'MED-NACL-1L',
    name: 'Sodium chloride 0.9% 1 L infusion bag',
    category: 'medicine',
    unit: 'bag',
    pharmacy: { level: 300, reorder: 600, start: 900 },
    ward: { level: 40, reorder: 80, start: 24 },
  },
  {
    code: 'MED-HEP-5K',
    name: 'Heparin 5000 units/mL 1 mL vial',
    category: 'medicine',
    unit: 'vial',
    pharmacy: { level: 200, reorder: 400, start: 520 },
    ward: { level: 20, reorder: 50, start: 35 },
  },
  {
    code: 'SUP-GLOVE-M',
    name: 'Nitrile examination gloves, medium, box of 100',
    category: 'supply',
    unit: 'box',
    pharmacy: { level: 0, reorder: 1, start: 0 },
    ward: { level: 30, reorder: 60, start: 12 },
  },
  {
    code: 'SUP-SYR-5',
    name: 'Syringe 5 mL, luer lock',
    category: 'supply',
    unit: 'each',
    pharmacy: { level: 0, reorder: 1, start: 0 },
    ward: { level: 300, reorder: 1000, start: 850 },
  },
  {
    code: 'EQP-PUMP-VOL',
    name: 'Volumetric infusion pump',
    category: 'equipment',
    unit: 'each',
    pharmacy: { level: 0, reorder: 1, start: 0 },
    ward: { level: 4, reorder: 2, start: 6 },
  },
];

export const DEMO_SUPPLIER = 'Northwind Medical Supplies (demo)';
