import { defineReaction, reactWith } from '@hms/sdk';
import { DispensedStockReturned, StockIssued, StockIssueReversed } from '@hms/plugin-inventory/contracts';
import { ReverseCharge } from '../contracts/account-commands';
import { CaptureCharge } from '../contracts/capture';
import { stockIssueSource, stockItemChargeKey } from './capture-keys';

/**
 * With inventory enabled, stock issued to a patient (inventory 1.1) is charged as the service the item is mapped
 * to (`stock-item:<itemId>`, else `stock-item:*`), for the quantity issued, on the day of the issue; its encounter is
 * the one the storekeeper named, else the issue itself. Issues to a ward alone, and transfers, are not charged. A
 * reversed issue takes its charge back (once; nothing happens if it was never charged). Dispensed medication that
 * comes back unused (inventory 1.4; the dispense is an issue under the dispense's id) is credited: the charge keeps
 * only what the patient kept, once per return.
 */
export const chargeStockIssues = defineReaction({
  name: 'billing.charge-stock-issues',
  handles: [StockIssued, StockIssueReversed, DispensedStockReturned],
  react(event) {
    if (event.type === StockIssueReversed.type) {
      const { issueId, patientId } = event.data;
      return [
        reactWith(ReverseCharge, {
          patientId,
          by: {
            kind: 'source-cancelled',
            sourceEventId: stockIssueSource(issueId),
            cancelledByEventId: `inventory:issue-reversed:${issueId}`,
          },
        }),
      ];
    }
    if (event.type === DispensedStockReturned.type) {
      const { dispenseId, returnId, patientId, quantity } = event.data;
      return [
        reactWith(ReverseCharge, {
          patientId,
          by: {
            kind: 'source-reduced',
            sourceEventId: stockIssueSource(dispenseId),
            reducedByEventId: `inventory:dispense-returned:${returnId}`,
            quantity,
          },
        }),
      ];
    }
    const { issueId, patientId, encounterId, itemId, quantity, at } = event.data;
    if (!issueId || !patientId) return [];
    return [
      reactWith(CaptureCharge, {
        patientId,
        encounterId: encounterId ?? issueId,
        chargeKey: stockItemChargeKey(itemId),
        sourceKey: stockIssueSource(issueId),
        serviceDate: at.slice(0, 10),
        quantity,
      }),
    ];
  },
});
