import { handleCommand, InvariantViolation, NotFoundError } from '@hms/sdk';
import { ReverseIssue } from '../contracts/commands';
import { STOCK_MOVE } from '../contracts/permissions';
import type { LotQuantity } from '../contracts/schemas';
import { ISSUE_IS_A_DISPENSE, ISSUE_NOT_FOUND } from '../errors';
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
      prescription_id: string | null;
    }>(
      `SELECT item_id, location_id, patient_id, quantity, lots, reversed, prescription_id FROM inventory.patient_issues WHERE issue_id = $1`,
      [data.issueId],
    );
    if (!issue) throw new NotFoundError(ISSUE_NOT_FOUND, { issueId: data.issueId });
    // A dispense is returned through the pharmacy, so its prescription's balance comes back with the stock (1.4).
    if (issue.prescription_id !== null)
      throw new InvariantViolation(
        ISSUE_IS_A_DISPENSE,
        { issueId: data.issueId },
        { message: 'This issue dispensed a prescription; take it back as a return in the pharmacy.' },
      );
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
