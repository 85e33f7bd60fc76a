import { deciderSpec } from '@hms/sdk/testing';
import { kes, meta, recorded } from '../../../test/builders';
import { cardPaymentDecider, type CardPaymentCommand, type CardPaymentEvent } from './card-payment.decider';

const ID = '0b0b0b0b-0000-4000-8000-000000000001';
const PATIENT = '0b0b0b0b-0000-4000-8000-000000000002';
const start: CardPaymentCommand = {
  type: 'billing.StartCardPayment',
  meta: meta(),
  data: { cardPaymentId: ID, patientId: PATIENT, amount: kes(50_000) },
};
const started: CardPaymentEvent = { type: 'billing.CardPaymentStarted', data: { ...recorded, ...start.data } };
const send = (providerPaymentId: string): CardPaymentCommand => ({
  type: 'billing.MarkCardPaymentSent',
  meta: meta(),
  data: { cardPaymentId: ID, provider: 'test', providerPaymentId },
});
const sent: CardPaymentEvent = {
  type: 'billing.CardPaymentSent',
  data: { ...recorded, cardPaymentId: ID, patientId: PATIENT, provider: 'test', providerPaymentId: 'tp_pay_1' },
};
const settle = (outcome: 'succeeded' | 'declined', providerReference: string): CardPaymentCommand => ({
  type: 'billing.SettleCardPayment',
  meta: meta(),
  data: {
    cardPaymentId: ID,
    outcome,
    providerReference,
    ...(outcome === 'declined' ? { declineCode: 'do_not_honor' } : {}),
  },
});
const settled = (outcome: 'succeeded' | 'declined', providerReference: string): CardPaymentEvent => ({
  type: 'billing.CardPaymentSettled',
  data: {
    ...recorded,
    cardPaymentId: ID,
    patientId: PATIENT,
    outcome,
    providerReference,
    ...(outcome === 'declined' ? { declineCode: 'do_not_honor' } : {}),
  },
});

describe('card payment decider', () => {
  it('starts once, and is sent once under one provider payment id', () => {
    deciderSpec(cardPaymentDecider).given([]).when(start).then([started]);
    deciderSpec(cardPaymentDecider).given([started]).when(start).then([]);
    deciderSpec(cardPaymentDecider).given([started]).when(send('tp_pay_1')).then([sent]);
    deciderSpec(cardPaymentDecider).given([started, sent]).when(send('tp_pay_1')).then([]);
    deciderSpec(cardPaymentDecider)
      .given([started, sent])
      .when(send('tp_pay_2'))
      .thenRejects('CARD_PAYMENT_ALREADY_SENT');
    deciderSpec(cardPaymentDecider).given([]).when(send('tp_pay_1')).thenRejects('CARD_PAYMENT_NOT_FOUND');
  });

  it('settles each attempt once; a late decline of an older attempt leaves the success standing', () => {
    deciderSpec(cardPaymentDecider)
      .given([started, sent])
      .when(settle('succeeded', 'ch_2'))
      .then([settled('succeeded', 'ch_2')]);
    deciderSpec(cardPaymentDecider)
      .given([started, sent, settled('succeeded', 'ch_2')])
      .when(settle('succeeded', 'ch_2'))
      .then([]);
    const late = deciderSpec(cardPaymentDecider).given([
      started,
      sent,
      settled('succeeded', 'ch_2'),
      settled('declined', 'ch_1'),
    ]);
    late.when(settle('declined', 'ch_1')).then([]);
    late.when(settle('declined', 'ch_1')).thenState({
      status: 'succeeded',
      patientId: PATIENT,
      amount: kes(50_000),
      providerPaymentId: 'tp_pay_1',
      settled: ['ch_2', 'ch_1'],
    });
    deciderSpec(cardPaymentDecider).given([]).when(settle('succeeded', 'ch_1')).thenRejects('CARD_PAYMENT_NOT_FOUND');
  });
});
