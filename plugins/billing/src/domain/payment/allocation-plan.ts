import { InvariantViolation } from '@hms/sdk';
import type { Allocation } from '../../contracts/schemas';
import { ALLOCATION_EXCEEDS_CREDIT, INVOICE_NOT_ISSUED } from '../../errors';
import { invoiceOf, isIssued, openInvoicesOldestFirst, type AccountState } from '../account/account.state';
import { compare, min, subtract, sum, type Money } from '../money/money';

/**
 * Spreads `available` money over the patient's invoices. Each invoice takes at most its balance as the decider
 * sees it now, so a payment that would over-pay an invoice (because another payment settled it first) is applied
 * only up to what is owed; the rest stays the patient's credit. Explicit amounts are capped the same way.
 */
export function planAllocation(
  state: AccountState,
  available: Money,
  allocation: Allocation,
): { invoiceId: string; amount: Money }[] {
  if (allocation.kind === 'hold') return [];
  if (allocation.kind === 'explicit') {
    const asked = sum(
      available.currency,
      allocation.invoices.map((i) => i.amount),
    );
    if (compare(asked, available) > 0)
      throw new InvariantViolation(ALLOCATION_EXCEEDS_CREDIT, { asked: asked.amount, available: available.amount });
    return allocation.invoices
      .map(({ invoiceId, amount }) => {
        const invoice = invoiceOf(state, invoiceId);
        if (!isIssued(invoice)) throw new InvariantViolation(INVOICE_NOT_ISSUED, { invoiceId, status: invoice.status });
        return { invoiceId, amount: min(amount, invoice.balance) };
      })
      .filter((a) => a.amount.amount > 0);
  }
  const plan: { invoiceId: string; amount: Money }[] = [];
  let left = available;
  for (const invoice of openInvoicesOldestFirst(state)) {
    if (left.amount <= 0) break;
    const amount = min(left, invoice.balance);
    plan.push({ invoiceId: invoice.invoiceId, amount });
    left = subtract(left, amount);
  }
  return plan;
}
