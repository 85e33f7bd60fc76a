import { handleCommand } from '@hms/sdk';
import { EnterResults } from '../contracts/commands';
import { LAB_RESULT_ENTER } from '../contracts/permissions';
import { decideOnOrder } from './order-step';

export const enterResultsHandler = handleCommand(EnterResults, {
  permission: LAB_RESULT_ENTER,
  auditPatient: (_, order) => order?.patientId,
  handle: (data, ctx) => decideOnOrder(ctx, { type: 'lab.EnterResults', data, meta: ctx.meta }),
});
