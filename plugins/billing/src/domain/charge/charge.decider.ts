import { assertNever, InvariantViolation, type Command, type CommandMeta, type Decider } from '@hms/sdk';
import type { ChargeSource, ServiceCategory } from '../../contracts/schemas';
import { CHARGE_ALREADY_REVERSED, TRANSFER_EXCEEDS_PATIENT_SHARE, TRANSFER_EXCEEDS_PAYER_SHARE } from '../../errors';
import { assertOneCurrency, recorded } from '../account/account.kit';
import type { AccountEvent, ChargePostedEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import { chargeOf, coverOn, type AccountState, type ChargeEntry, type OpenAccount } from '../account/account.state';
import { deductibleYear, splitCharge } from '../coverage/payer-split';
import { compare, times, zero, type Money } from '../money/money';
import type { PriceInForce } from '../price-list/price-in-force';
import { reverseCharge } from './reverse-charge';
import { shareBackToPayer } from './share-back-to-payer';

export type PostChargeCommand = Command<
  'billing.PostCharge',
  {
    patientId: string;
    chargeId: string;
    encounterId: string;
    serviceCode: string;
    category: ServiceCategory;
    serviceDate: string;
    quantity: number;
    price: PriceInForce;
    source: ChargeSource;
  }
>;
export type ReverseChargeCommand = Command<
  'billing.ReverseCharge',
  {
    patientId: string;
    by:
      | { kind: 'source-cancelled'; sourceEventId: string; cancelledByEventId: string }
      | { kind: 'source-reduced'; sourceEventId: string; reducedByEventId: string; quantity: number }
      | { kind: 'manual'; chargeId: string; reason: string };
    /** For `source-reduced`: the id of the charge that keeps what was not returned. */
    remainderChargeId?: string;
  }
>;
export type CorrectChargeCommand = Command<
  'billing.CorrectCharge',
  {
    patientId: string;
    chargeId: string;
    newChargeId: string;
    quantity?: number;
    unitPrice?: Money;
    reason: string;
  }
>;
export type TransferPayerShareCommand = Command<
  'billing.TransferPayerShareToPatient',
  {
    patientId: string;
    chargeId: string;
    claimId: string;
    amount: Money;
  }
>;
export type TransferPatientShareCommand = Command<
  'billing.TransferPatientShareToPayer',
  {
    patientId: string;
    chargeId: string;
    claimId: string;
    amount: Money;
  }
>;
export type ChargeCommand =
  | PostChargeCommand
  | ReverseChargeCommand
  | CorrectChargeCommand
  | TransferPayerShareCommand
  | TransferPatientShareCommand;

export function decide(command: ChargeCommand, state: AccountState): AccountEvent[] {
  assertOneCurrency(state, command.data);
  switch (command.type) {
    case 'billing.PostCharge':
      return postCharge(command, state);
    case 'billing.ReverseCharge':
      return reverse(command, state);
    case 'billing.CorrectCharge':
      return correct(command, state);
    case 'billing.TransferPayerShareToPatient':
      return transferToPatient(command, state);
    case 'billing.TransferPatientShareToPayer':
      return transferToPayer(command, state);
    default:
      return assertNever(command);
  }
}

/** Posting the same source event or charge id again records nothing: capture from other plugins may repeat. */
function postCharge({ data, meta }: PostChargeCommand, state: AccountState): AccountEvent[] {
  if (alreadyCharged(state, data)) return [];
  const total = times(data.price.unitPrice, data.quantity);
  const cover = coverOn(state, data.serviceDate);
  const used =
    cover && state.status === 'open'
      ? state.deductibleUsed[`${cover.coverageId}/${deductibleYear(data.serviceDate)}`]
      : undefined;
  const { serviceCode, category } = data;
  const { patientShare, payerShare, split } = splitCharge({
    total,
    serviceCode,
    category,
    cover,
    deductibleUsed: used ?? zero(total.currency),
  });
  const posted: ChargePostedEvent = {
    type: 'billing.ChargePosted',
    data: {
      ...recorded(data.patientId, meta),
      chargeId: data.chargeId,
      encounterId: data.encounterId,
      serviceCode: data.serviceCode,
      category: data.category,
      serviceDate: data.serviceDate,
      quantity: data.quantity,
      priceListId: data.price.priceListId,
      unitPrice: data.price.unitPrice,
      total,
      patientShare,
      payerShare,
      split,
      source: data.source,
    },
  };
  return [posted];
}

const alreadyCharged = (state: AccountState, data: PostChargeCommand['data']): boolean =>
  state.status === 'open' &&
  (state.charges[data.chargeId] !== undefined ||
    (data.source.kind === 'event' && state.chargedSources[data.source.eventId] !== undefined));

/** A cancelled source is reversed once: a second cancellation, or one of a source never charged, records nothing. */
function reverse({ data, meta }: ReverseChargeCommand, state: AccountState): AccountEvent[] {
  const { by } = data;
  if (by.kind === 'source-cancelled') {
    if (state.status !== 'open') return [];
    const chargeId = state.chargedSources[by.sourceEventId];
    const charge = chargeId === undefined ? undefined : state.charges[chargeId];
    if (!charge || charge.status === 'reversed') return [];
    const reason = `source cancelled by ${by.cancelledByEventId}`;
    return reverseCharge(state, charge, reason, meta, { cancelledSourceEventId: by.sourceEventId });
  }
  if (by.kind === 'source-reduced') return reduce(data, meta, state, by);
  const { account, charge } = postedCharge(state, by.chargeId);
  return reverseCharge(account, charge, by.reason, meta);
}

/**
 * Part of a charged source came back (medication returned unused). The charge is replaced by one for what was kept,
 * at the same unit price and split (by credit note where it was invoiced); returning all of it takes the charge
 * back. Each returning event reduces once; a return of a source never charged, or already taken back, records
 * nothing.
 */
function reduce(
  data: ReverseChargeCommand['data'],
  meta: CommandMeta,
  state: AccountState,
  by: { sourceEventId: string; reducedByEventId: string; quantity: number },
): AccountEvent[] {
  if (state.status !== 'open' || state.sourceReductions[by.reducedByEventId]) return [];
  const chargeId = state.chargedSources[by.sourceEventId];
  const charge = chargeId === undefined ? undefined : state.charges[chargeId];
  if (!charge || charge.status === 'reversed') return [];
  const kept = charge.quantity - by.quantity;
  const reason = `${Math.min(by.quantity, charge.quantity)} of ${charge.quantity} returned (${by.reducedByEventId})`;
  const reversal = reverseCharge(state, charge, reason, meta, { reducedByEventId: by.reducedByEventId });
  if (kept <= 0 || !data.remainderChargeId) return reversal;
  const repost = postCharge(
    {
      type: 'billing.PostCharge',
      meta,
      data: {
        patientId: data.patientId,
        chargeId: data.remainderChargeId,
        encounterId: charge.encounterId,
        serviceCode: charge.serviceCode,
        category: charge.category,
        serviceDate: charge.serviceDate,
        quantity: kept,
        price: { priceListId: charge.priceListId, unitPrice: charge.unitPrice },
        source: { kind: 'correction', correctsChargeId: charge.chargeId, reason },
      },
    },
    reversal.reduce(accountFold.evolve, state),
  );
  return [...reversal, ...repost];
}

/** A correction reverses the charge and posts a new one at the original unit price unless another is given. */
function correct({ data, meta }: CorrectChargeCommand, state: AccountState): AccountEvent[] {
  const { account, charge } = postedCharge(state, data.chargeId);
  const reversal = reverseCharge(account, charge, data.reason, meta);
  const afterReversal = reversal.reduce(accountFold.evolve, state);
  const repost = postCharge(
    {
      type: 'billing.PostCharge',
      meta,
      data: {
        patientId: data.patientId,
        chargeId: data.newChargeId,
        encounterId: charge.encounterId,
        serviceCode: charge.serviceCode,
        category: charge.category,
        serviceDate: charge.serviceDate,
        quantity: data.quantity ?? charge.quantity,
        price: { priceListId: charge.priceListId, unitPrice: data.unitPrice ?? charge.unitPrice },
        source: { kind: 'correction', correctsChargeId: charge.chargeId, reason: data.reason },
      },
    },
    afterReversal,
  );
  return [...reversal, ...repost];
}

/** What the payer denied or did not pay of a charge becomes the patient's, to be invoiced to them. */
function transferToPatient({ data, meta }: TransferPayerShareCommand, state: AccountState): AccountEvent[] {
  const { charge } = postedCharge(state, data.chargeId);
  if (!charge.payerId || compare(data.amount, charge.payerShare) > 0) {
    throw new InvariantViolation(TRANSFER_EXCEEDS_PAYER_SHARE, {
      chargeId: charge.chargeId,
      payerShare: charge.payerShare.amount,
    });
  }
  return [
    {
      type: 'billing.PayerShareTransferredToPatient',
      data: {
        ...recorded(data.patientId, meta),
        chargeId: charge.chargeId,
        payerId: charge.payerId,
        claimId: data.claimId,
        amount: data.amount,
      },
    },
  ];
}

/**
 * After an appeal the payer pays part of what had been billed to the patient: it moves back to the payer, taken
 * first from what no issued invoice carries, then by credit notes on the issued invoices (the patient's credit if
 * they had paid). Never more than the patient still owes of the charge.
 */
function transferToPayer({ data, meta }: TransferPatientShareCommand, state: AccountState): AccountEvent[] {
  const { account, charge } = postedCharge(state, data.chargeId);
  const refused = (): never => {
    throw new InvariantViolation(TRANSFER_EXCEEDS_PATIENT_SHARE, {
      chargeId: charge.chargeId,
      patientShare: charge.patientShare.amount,
    });
  };
  if (!charge.payerId || compare(data.amount, charge.patientShare) > 0) return refused();
  return shareBackToPayer(account, charge, { payerId: charge.payerId, ...data }, meta) ?? refused();
}

function postedCharge(state: AccountState, chargeId: string): { account: OpenAccount; charge: ChargeEntry } {
  const charge = chargeOf(state, chargeId);
  if (charge.status === 'reversed' || state.status !== 'open')
    throw new InvariantViolation(CHARGE_ALREADY_REVERSED, { chargeId });
  return { account: state, charge };
}

export const chargeDecider: Decider<AccountState, ChargeCommand, AccountEvent> = { ...accountFold, decide };
