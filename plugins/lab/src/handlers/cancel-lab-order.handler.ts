import { handleCommand } from '@hms/sdk';
import { CancelLabOrder } from '../contracts/commands';
import { LAB_ORDER_PLACE } from '../contracts/permissions';
import { decideOnOrder } from './order-step';

export const cancelLabOrderHandler = handleCommand(CancelLabOrder, {
  permission: LAB_ORDER_PLACE,
  auditPatient: (_, order) => order?.patientId,
  handle: (data, ctx) => decideOnOrder(ctx, { type: 'lab.CancelLabOrder', data, meta: ctx.meta }),
});
