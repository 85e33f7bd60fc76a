import { handleCommand, NotFoundError } from '@hms/sdk';
import { ReverseIssue } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import type { LotQuantity } from '../contracts/schemas';
import { ISSUE_NOT_FOUND } from '../errors';
import { move, stockAt } from './stock-movement';

/**
 * Reverses an issue to a patient: the lots it took come back, and billing (when on) takes its charge back. The
 * issue is looked up in `inventory.patient_issues` (inline with the stock, so it is never behind); two reversals
 * racing are serialised by the stock stream, and the second finds it reversed.
 */
export const reverseIssueHandler = handleCommand(ReverseIssue, {
  permission: STOCK_MOVE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    const [issue] = await ctx.sql.query<{
      item_id: string;
      location_id: string;
      patient_id: string;
      quantity: number;
      lots: LotQuantity[];
      reversed: boolean;
    }>(
      `SELECT item_id, location_id, patient_id, quantity, lots, reversed FROM inventory.patient_issues WHERE issue_id = $1`,
      [data.issueId],
    );
    if (!issue) throw new NotFoundError(ISSUE_NOT_FOUND, { issueId: data.issueId });
    const target = await stockAt(ctx, issue.item_id, issue.location_id);
    const { result } = await move(ctx, {
      type: 'inventory.ReverseIssue',
      data: {
        ...target,
        issue: {
          issueId: data.issueId,
          patientId: issue.patient_id,
          quantity: issue.quantity,
          lots: issue.lots,
          reversed: issue.reversed,
        },
        reason: data.reason,
      },
      meta: ctx.meta,
    });
    return { ...result, issueId: data.issueId, patientId: issue.patient_id };
  },
});
