import type { CommandMeta } from '@hms/sdk';
import type { SpecimenLabel } from '../src/contracts/schemas';
import type { LabOrderCommand, LabOrderEvent } from '../src/domain/lab-order/lab-order.commands';

/** Made-up ids and a fixed clock for decider tests; never real patient data. */
export const ORDER = '00000000-0000-4000-8000-0000000000a1';
export const PATIENT = '00000000-0000-4000-8000-0000000000b1';
export const NOW = '2026-03-01T09:00:00.000Z';
export const REQUESTER = 'physician-demo';
export const TECHNICIAN = 'technician-demo';
export const VALIDATOR = 'validator-demo';

export const meta = (actorId = REQUESTER, now = NOW): CommandMeta => ({
  commandId: 'cmd-1',
  actorId,
  now,
  correlationId: 'corr-1',
});

const recorded = (by: string) => ({ orderId: ORDER, patientId: PATIENT, at: NOW, by });

export const placeOrder = (
  data: Partial<Extract<LabOrderCommand, { type: 'lab.PlaceLabOrder' }>['data']> = {},
): LabOrderCommand => ({
  type: 'lab.PlaceLabOrder',
  meta: meta(),
  data: {
    orderId: ORDER,
    accession: 'LAB-000001',
    patientId: PATIENT,
    tests: ['2823-3'],
    panels: [],
    priority: 'urgent',
    patientSex: 'female',
    patientBirthDate: '1960-05-01',
    ...data,
  },
});

export const placed = (tests: string[] = ['2823-3'], panels: string[] = []): LabOrderEvent => ({
  type: 'lab.LabOrderPlaced',
  data: {
    ...recorded(REQUESTER),
    accession: 'LAB-000001',
    tests,
    panels,
    priority: 'urgent',
    clinicalQuestion: null,
    requesterId: REQUESTER,
    patientSex: 'female',
    patientBirthDate: '1960-05-01',
  },
});
export const collected = (
  labels: SpecimenLabel[] = [{ specimen: 'serum', labelCode: 'LAB-000001-SST' }],
): LabOrderEvent => ({
  type: 'lab.SpecimenCollected',
  data: { ...recorded('nurse-demo'), labels },
});
export const received = (): LabOrderEvent => ({ type: 'lab.SpecimenReceived', data: recorded(TECHNICIAN) });

export const entered = (
  results: { code: string; value: number; flag: 'N' | 'H' | 'L' | 'HH' | 'LL' | null }[],
  by = TECHNICIAN,
): LabOrderEvent => ({
  type: 'lab.ResultsEntered',
  data: {
    ...recorded(by),
    results: results.map((r) => ({
      ...r,
      unit: 'mmol/L',
      referenceLow: 3.5,
      referenceHigh: 5.1,
      enteredBy: by,
      enteredAt: NOW,
    })),
  },
});

const order = { orderId: ORDER };
export const collect = (actorId = 'nurse-demo'): LabOrderCommand => ({
  type: 'lab.CollectSpecimen',
  meta: meta(actorId),
  data: order,
});
export const receive = (actorId = TECHNICIAN): LabOrderCommand => ({
  type: 'lab.ReceiveSpecimen',
  meta: meta(actorId),
  data: order,
});
export const enter = (results: { code: string; value: number }[], actorId = TECHNICIAN): LabOrderCommand => ({
  type: 'lab.EnterResults',
  meta: meta(actorId),
  data: { ...order, results },
});
export const validate = (actorId = VALIDATOR): LabOrderCommand => ({
  type: 'lab.ValidateResults',
  meta: meta(actorId),
  data: order,
});
export const acknowledge = (actorId = REQUESTER): LabOrderCommand => ({
  type: 'lab.AcknowledgeCriticalResult',
  meta: meta(actorId),
  data: order,
});
export const cancel = (actorId = REQUESTER): LabOrderCommand => ({
  type: 'lab.CancelLabOrder',
  meta: meta(actorId),
  data: { ...order, reason: 'Duplicate order' },
});
