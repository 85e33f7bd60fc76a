import { handleCommand } from '@hms/sdk';
import { ValidateResults } from '../contracts/commands';
import { LAB_RESULT_VALIDATE } from '../contracts/permissions';
import { isCritical } from '../domain/catalogue/reference-range';
import { criticalResultNotification } from '../notifications/notification-kinds';
import { decideOnOrder } from './order-step';

/**
 * Validation releases the results; a critical one is raised to the requester in person (the notification is
 * stored with the release, in the same transaction, so a release never goes out without it). Ids and codes only.
 */
export const validateResultsHandler = handleCommand(ValidateResults, {
  permission: LAB_RESULT_VALIDATE,
  auditPatient: (_, order) => order?.patientId,
  async handle(data, ctx) {
    const order = await decideOnOrder(ctx, { type: 'lab.ValidateResults', data, meta: ctx.meta });
    const critical = order.results.filter((r) => isCritical(r.flag));
    if (critical.length > 0) {
      // #region notify-in-command
      ctx.notify({
        kind: criticalResultNotification,
        subjectKey: order.id,
        audience: { person: order.requesterId },
        link: `/lab/orders/${order.id}`,
        facts: {
          orderId: order.id,
          patientId: order.patientId,
          accession: order.accession,
          critical: critical.length,
          // Codes and flags only (a fact is at most 100 characters: the first few, the inbox links to the rest).
          tests: critical
            .slice(0, 6)
            .map((r) => `${r.code} ${r.flag ?? ''}`)
            .join(', '),
        },
      });
      // #endregion notify-in-command
    }
    return order;
  },
});
