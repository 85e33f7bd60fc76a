import type { CommandMeta } from '@hms/sdk';
import { deciderSpec } from '@hms/sdk/testing';
import { LabOrderPlaced } from './contracts';
import { labOrderDecider, type LabOrderCommand, type LabOrderEvent } from './lab-order.decider';

const ORDER = '00000000-0000-4000-8000-0000000000a1';
const PATIENT = '00000000-0000-4000-8000-0000000000b1';
const NOW = '2026-03-01T09:00:00.000Z';
const meta: CommandMeta = { commandId: 'cmd-1', actorId: 'physician-demo', now: NOW, correlationId: 'corr-1' };
const placeOrder = (): LabOrderCommand => ({
  type: 'lab.PlaceLabOrder',
  data: { orderId: ORDER, patientId: PATIENT, test: 'cbc', priority: 'routine' },
  meta,
});
const placed = (): LabOrderEvent => ({
  type: 'lab.LabOrderPlaced',
  data: { orderId: ORDER, patientId: PATIENT, test: 'cbc', priority: 'routine', placedAt: NOW },
});

describe('the guide: lab order placed, version 2', () => {
  it('upcasts a version 1 event (no priority) to a routine order', () => {
    const [fromV1] = LabOrderPlaced.upcasters;
    const v1 = { orderId: ORDER, patientId: PATIENT, test: 'cbc', placedAt: NOW };
    const upcast = fromV1!.upcast(v1);
    expect(upcast).toEqual({ ...v1, priority: 'routine' });
    expect(LabOrderPlaced.schema.safeParse(upcast).success).toBe(true);
  });
});

describe('the guide: lab order decider', () => {
  it('places an order at the command time', () =>
    deciderSpec(labOrderDecider).given([]).when(placeOrder()).then([placed()]));

  // #region decider-spec
  it('refuses to place an order twice', () =>
    deciderSpec(labOrderDecider).given([placed()]).when(placeOrder()).thenRejects('LAB_ORDER_EXISTS'));
  // #endregion decider-spec
});
