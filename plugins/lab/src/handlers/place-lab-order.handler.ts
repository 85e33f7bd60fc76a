import { handleCommand } from '@hms/sdk';
import { PlaceLabOrder } from '../contracts/commands';
import { LAB_ORDER_PLACE } from '../contracts/permissions';
import { labOrderDecider } from '../domain/lab-order/lab-order.decider';
import { labOrderStream } from '../domain/lab-order/lab-order.stream';
import { ACCESSION_SEQUENCE, accessionNumber } from '../sequences';
import { orderView } from './order-view';
import { requisitionPatient } from './patient-demographics';

export const placeLabOrderHandler = handleCommand(PlaceLabOrder, {
  permission: LAB_ORDER_PLACE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => requisitionPatient(ctx, data.patientId),
  async handle(data, ctx, patient) {
    const orderId = ctx.newId();
    const accession = accessionNumber(await ctx.sequences.next(ACCESSION_SEQUENCE.name));
    const { state } = await ctx.streams.decide(
      labOrderStream(orderId),
      labOrderDecider,
      { type: 'lab.PlaceLabOrder', data: { ...data, ...patient, orderId, accession }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    return orderView(state);
  },
});
