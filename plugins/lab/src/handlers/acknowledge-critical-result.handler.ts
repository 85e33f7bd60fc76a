import { handleCommand } from '@hms/sdk';
import { AcknowledgeCriticalResult } from '../contracts/commands';
import { LAB_RESULT_READ } from '../contracts/permissions';
import { criticalResultNotification } from '../notifications/notification-kinds';
import { decideOnOrder } from './order-step';

/**
 * The acknowledgement is a fact of the order (`lab.CriticalResultAcknowledged`, who and when) and an audited
 * access: the inbox's own "acknowledge" is not audited by the kernel, so the laboratory records it here and then
 * clears the notification from every inbox it reached.
 */
export const acknowledgeCriticalResultHandler = handleCommand(AcknowledgeCriticalResult, {
  permission: LAB_RESULT_READ,
  auditPatient: (_, order) => order?.patientId,
  async handle(data, ctx) {
    const order = await decideOnOrder(ctx, { type: 'lab.AcknowledgeCriticalResult', data, meta: ctx.meta });
    ctx.resolveNotification({ kind: criticalResultNotification, subjectKey: order.id });
    return order;
  },
});
