import { ResolvePatient } from '@hms/plugin-patient/contracts';
import { handleCommand } from '@hms/sdk';
import { LAB_ORDER_PLACE, PlaceLabOrder } from './contracts';
import { labOrderDecider, labOrderStream } from './lab-order.decider';

// #region handler
export const placeLabOrder = handleCommand(PlaceLabOrder, {
  permission: LAB_ORDER_PLACE,
  auditPatient: (data) => data.patientId, // required: the permission covers patient data
  // Before the command's transaction, as the user: the patient plugin's published query (404 for an unknown id).
  async prepare(data, ctx) {
    await ctx.ask(ResolvePatient, { id: data.patientId });
  },
  async handle(data, ctx) {
    const orderId = ctx.newId();
    await ctx.streams.decide(
      labOrderStream(orderId),
      labOrderDecider,
      { type: 'lab.PlaceLabOrder', data: { ...data, orderId }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    return { id: orderId }; // checked against PlaceLabOrder's declared result
  },
});
// #endregion handler
