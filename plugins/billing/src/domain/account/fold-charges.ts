import { deductibleYear } from '../coverage/payer-split';
import { defined } from '../dates';
import { add, subtract, zero } from '../money/money';
import type {
  ChargePostedEvent,
  ChargeReversedEvent,
  CoverageEndedEvent,
  CoverageRegisteredEvent,
  PatientShareTransferredEvent,
  PayerShareTransferredEvent,
} from './account.events';
import type { OpenAccount } from './account.state';
import { onDrafts, withoutChargeOnDrafts } from './fold-invoices';

/** How cover and charge events change a patient's account (part of the account fold). */
export function coverageRegistered(account: OpenAccount, { data }: CoverageRegisteredEvent): OpenAccount {
  const { coverageId, payerId, policyNumber, validFrom, validTo, terms } = data;
  const coverage = defined({ coverageId, payerId, policyNumber, validFrom, validTo, terms });
  return { ...account, coverages: { ...account.coverages, [coverageId]: coverage } };
}

export function coverageEnded(account: OpenAccount, { data }: CoverageEndedEvent): OpenAccount {
  const coverage = account.coverages[data.coverageId];
  if (!coverage) return account;
  return {
    ...account,
    coverages: { ...account.coverages, [coverage.coverageId]: { ...coverage, validTo: data.endedOn } },
  };
}

export function chargePosted(account: OpenAccount, { data: d }: ChargePostedEvent): OpenAccount {
  const charge = defined({
    chargeId: d.chargeId,
    status: 'posted' as const,
    encounterId: d.encounterId,
    serviceCode: d.serviceCode,
    category: d.category,
    serviceDate: d.serviceDate,
    quantity: d.quantity,
    priceListId: d.priceListId,
    unitPrice: d.unitPrice,
    payerId: d.split.payerId,
    coverageId: d.split.coverageId,
    patientShare: d.patientShare,
    payerShare: d.payerShare,
    uninvoiced: d.patientShare,
    deductible: d.split.deductible,
  });
  const sources = sourcesAnsweredBy(account, d);
  const key = d.split.coverageId ? `${d.split.coverageId}/${deductibleYear(d.serviceDate)}` : undefined;
  const used = key ? { [key]: add(account.deductibleUsed[key] ?? zero(account.currency), d.split.deductible) } : {};
  return {
    ...account,
    charges: { ...account.charges, [d.chargeId]: charge },
    chargedSources: { ...account.chargedSources, ...sources },
    deductibleUsed: { ...account.deductibleUsed, ...used },
  };
}

/**
 * The source events a new charge answers for: its own, or, for a correction, those of the charge it replaces. So a
 * captured charge corrected by the cashier is still the one taken back when its source is cancelled or reduced.
 */
function sourcesAnsweredBy(account: OpenAccount, d: ChargePostedEvent['data']): Record<string, string> {
  if (d.source.kind === 'event') return { [d.source.eventId]: d.chargeId };
  if (d.source.kind !== 'correction') return {};
  const { correctsChargeId } = d.source;
  return Object.fromEntries(
    Object.entries(account.chargedSources)
      .filter(([, chargeId]) => chargeId === correctsChargeId)
      .map(([eventId]) => [eventId, d.chargeId]),
  );
}

/** A reversed charge leaves every draft it was on and gives back the deductible it used. */
export function chargeReversed(account: OpenAccount, event: ChargeReversedEvent): OpenAccount {
  const charge = account.charges[event.data.chargeId];
  if (!charge) return account;
  const nothing = zero(account.currency);
  const key = charge.coverageId ? `${charge.coverageId}/${deductibleYear(charge.serviceDate)}` : undefined;
  const used = key ? account.deductibleUsed[key] : undefined;
  const givenBack = key && used ? { [key]: subtract(used, charge.deductible) } : {};
  return {
    ...withoutChargeOnDrafts(account, charge.chargeId),
    charges: {
      ...account.charges,
      [charge.chargeId]: { ...charge, status: 'reversed', uninvoiced: nothing, payerShare: nothing },
    },
    deductibleUsed: { ...account.deductibleUsed, ...givenBack },
    sourceReductions: event.data.reducedByEventId
      ? { ...account.sourceReductions, [event.data.reducedByEventId]: true }
      : account.sourceReductions,
  };
}

export function payerShareTransferred(account: OpenAccount, { data }: PayerShareTransferredEvent): OpenAccount {
  const charge = account.charges[data.chargeId];
  if (!charge) return account;
  const moved = {
    ...charge,
    payerShare: subtract(charge.payerShare, data.amount),
    patientShare: add(charge.patientShare, data.amount),
    uninvoiced: add(charge.uninvoiced, data.amount),
  };
  return { ...account, charges: { ...account.charges, [charge.chargeId]: moved } };
}

/**
 * An appeal won part of a charge back for the payer. It is taken from what no invoice carries first; when that is not
 * enough, the charge leaves its drafts (their lines return to it) and is taken from there; credit notes recorded
 * with the event take the rest back from issued invoices.
 */
export function patientShareTransferred(account: OpenAccount, { data }: PatientShareTransferredEvent): OpenAccount {
  const charge = account.charges[data.chargeId];
  if (!charge) return account;
  const leavesDrafts = data.fromUnbilled.amount > charge.uninvoiced.amount;
  const unbilled = leavesDrafts ? add(charge.uninvoiced, onDrafts(account, charge.chargeId)) : charge.uninvoiced;
  const moved = {
    ...charge,
    payerShare: add(charge.payerShare, data.amount),
    patientShare: subtract(charge.patientShare, data.amount),
    uninvoiced: subtract(unbilled, data.fromUnbilled),
  };
  const base = leavesDrafts ? withoutChargeOnDrafts(account, charge.chargeId) : account;
  return { ...base, charges: { ...base.charges, [charge.chargeId]: moved } };
}
