import type { MedicationEntry } from '../domain/chart/chart.state';
import { medicationRequestResource } from './medication-request';

const PATIENT = '0b6f6a39-7c3e-4f2a-9d55-2f6a3b8c1d01';
const entry: MedicationEntry = {
  medicationId: '00000000-0000-4000-8000-000000000003',
  medication: 'Amoxicillin 500 mg capsule',
  dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
  prescribedAt: '2026-03-01T09:00:00.000Z',
  prescribedBy: 'dr-demo',
  changes: [],
  status: 'active',
};

describe(medicationRequestResource.name, () => {
  it('carries the quantity to supply as the dispense request, when the prescription states one (1.7)', () => {
    expect(medicationRequestResource(PATIENT, { ...entry, quantity: 21 })).toMatchObject({
      dispenseRequest: { quantity: { value: 21 } },
    });
    expect(medicationRequestResource(PATIENT, entry)).not.toHaveProperty('dispenseRequest');
  });
});
