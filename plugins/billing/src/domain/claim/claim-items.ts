import { InvariantViolation } from '@hms/sdk';
import { CLAIM_ITEMS_MISMATCH } from '../../errors';
import type { ChargeEntry } from '../account/account.state';
import type { ClaimItem } from './claim.events';

/**
 * The lines of a claim from the patient's charges: one line per charge still carrying a payer share, claiming
 * that share (FHIR `net`); quantity and unit price are the charge's own, so the payer sees the tariff used.
 */
export function claimItemsFrom(charges: readonly ChargeEntry[], payerId: string): ClaimItem[] {
  const claimable = charges.filter((c) => c.status === 'posted' && c.payerId === payerId && c.payerShare.amount > 0);
  if (claimable.length !== charges.length || claimable.length === 0) {
    throw new InvariantViolation(CLAIM_ITEMS_MISMATCH, { payerId, claimable: claimable.length, asked: charges.length });
  }
  return claimable.map((c, index) => ({
    sequence: index + 1,
    chargeId: c.chargeId,
    productOrService: { code: c.serviceCode },
    servicedDate: c.serviceDate,
    quantity: c.quantity,
    unitPrice: c.unitPrice,
    net: c.payerShare,
  }));
}
