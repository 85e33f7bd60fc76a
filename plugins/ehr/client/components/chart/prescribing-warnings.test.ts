import { describe, expect, it } from 'vitest';
import type { AllergyItem, MedicationItem } from './chart-data';
import { drugKey, hasWarnings, overrideFor, prescribingWarnings } from './prescribing-warnings';

const allergy = (substance: string, status = 'active'): AllergyItem => ({
  allergyId: `a-${substance}`,
  substance,
  type: 'allergy',
  category: 'medication',
  reaction: 'Hives',
  severity: 'moderate',
  criticality: 'high',
  status,
});
const order = (medication: string, pending?: MedicationItem['pending']): MedicationItem => ({
  medicationId: `m-${medication}`,
  medication,
  dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
  ...(pending ? { pending } : {}),
});

describe('prescribing warnings', () => {
  it('warns of an active allergy whose substance the medication names, in any case or accent', () => {
    const found = prescribingWarnings('AMOXICILINA 500 mg cápsula', [allergy('Amoxicilina')], []);
    expect(found.allergies.map((a) => a.substance)).toEqual(['Amoxicilina']);
    expect(hasWarnings(found)).toBe(true);
  });

  it('warns of a combination allergy naming the drug, not of part of a word or an inactive allergy', () => {
    expect(prescribingWarnings('Amoxicillin', [allergy('Amoxicillin and clavulanate')], []).allergies).toHaveLength(1);
    expect(prescribingWarnings('Amoxicillin 500 mg', [allergy('Cillin')], []).allergies).toEqual([]);
    expect(prescribingWarnings('Amoxicillin', [allergy('Amoxicillin', 'inactive')], []).allergies).toEqual([]);
  });

  it('warns of an active order of the same drug whatever its strength, not of one being stopped', () => {
    expect(drugKey('Amlodipine 10 mg tablet')).toBe('amlodipine');
    const orders = [order('Amlodipine 5 mg tablet'), order('Amlodipine 2.5 mg', 'stopping'), order('Metformin 500 mg')];
    expect(prescribingWarnings('amlodipine 10 mg', [], orders).duplicates.map((m) => m.medication)).toEqual([
      'Amlodipine 5 mg tablet',
    ]);
  });

  it('has nothing to say for an empty name or an unrelated drug', () => {
    const chart = { allergies: [allergy('Penicillin')], orders: [order('Amlodipine 5 mg')] };
    expect(hasWarnings(prescribingWarnings('', chart.allergies, chart.orders))).toBe(false);
    expect(hasWarnings(prescribingWarnings('Paracetamol 500 mg', chart.allergies, chart.orders))).toBe(false);
  });

  it('overrides exactly what was shown, with the reason trimmed', () => {
    const found = prescribingWarnings('Penicillin V 250 mg', [allergy('Penicillin')], [order('Penicillin V 500 mg')]);
    expect(overrideFor(found, '  Desensitised last month ')).toEqual({
      allergyIds: ['a-Penicillin'],
      medicationIds: ['m-Penicillin V 500 mg'],
      reason: 'Desensitised last month',
    });
  });
});
