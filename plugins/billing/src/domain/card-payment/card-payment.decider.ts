import {
  assertNever,
  ConflictError,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { CardPaymentSent, CardPaymentSettled, CardPaymentStarted } from '../../contracts/card-payments';
import { CARD_PAYMENT_ALREADY_SENT, CARD_PAYMENT_NOT_FOUND } from '../../errors';
import { defined } from '../dates';
import type { Money } from '../money/money';

export type StartCardPaymentCommand = Command<
  'billing.StartCardPayment',
  { cardPaymentId: string; patientId: string; amount: Money }
>;
export type MarkCardPaymentSentCommand = Command<
  'billing.MarkCardPaymentSent',
  { cardPaymentId: string; provider: string; providerPaymentId: string }
>;
export type SettleCardPaymentCommand = Command<
  'billing.SettleCardPayment',
  { cardPaymentId: string; outcome: 'succeeded' | 'declined'; providerReference: string; declineCode?: string }
>;
export type CardPaymentCommand = StartCardPaymentCommand | MarkCardPaymentSentCommand | SettleCardPaymentCommand;
export type CardPaymentEvent =
  | DomainEvent<'billing.CardPaymentStarted', DataOf<typeof CardPaymentStarted>>
  | DomainEvent<'billing.CardPaymentSent', DataOf<typeof CardPaymentSent>>
  | DomainEvent<'billing.CardPaymentSettled', DataOf<typeof CardPaymentSettled>>;

/**
 * A card payment with the provider: started by the cashier, sent by the job, then settled by the provider's
 * webhooks. A declined attempt leaves it open (the patient may try another card on the terminal); a success ends it.
 */
export type CardPaymentState =
  | { readonly status: 'none' }
  | {
      readonly status: 'started' | 'sent' | 'declined' | 'succeeded';
      readonly patientId: string;
      readonly amount: Money;
      readonly providerPaymentId?: string;
      /** The attempts' references already settled, so a repeated webhook records nothing. */
      readonly settled: readonly string[];
    };

export const initialState = (): CardPaymentState => ({ status: 'none' });

export function decide(command: CardPaymentCommand, state: CardPaymentState): CardPaymentEvent[] {
  switch (command.type) {
    case 'billing.StartCardPayment':
      return state.status === 'none'
        ? [{ type: 'billing.CardPaymentStarted', data: { ...stamp(command), ...command.data } }]
        : [];
    case 'billing.MarkCardPaymentSent': {
      const { data } = command;
      if (state.status === 'none')
        throw new NotFoundError(CARD_PAYMENT_NOT_FOUND, { cardPaymentId: data.cardPaymentId });
      if (state.providerPaymentId === data.providerPaymentId) return [];
      if (state.providerPaymentId !== undefined)
        throw new ConflictError(CARD_PAYMENT_ALREADY_SENT, {
          cardPaymentId: data.cardPaymentId,
          providerPaymentId: state.providerPaymentId,
        });
      return [{ type: 'billing.CardPaymentSent', data: { ...stamp(command), ...data, patientId: state.patientId } }];
    }
    case 'billing.SettleCardPayment': {
      const { data } = command;
      if (state.status === 'none')
        throw new NotFoundError(CARD_PAYMENT_NOT_FOUND, { cardPaymentId: data.cardPaymentId });
      if (state.settled.includes(data.providerReference)) return [];
      return [
        {
          type: 'billing.CardPaymentSettled',
          data: defined({ ...stamp(command), ...data, patientId: state.patientId }),
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: CardPaymentState, event: CardPaymentEvent): CardPaymentState {
  switch (event.type) {
    case 'billing.CardPaymentStarted':
      return { status: 'started', patientId: event.data.patientId, amount: event.data.amount, settled: [] };
    case 'billing.CardPaymentSent':
      if (state.status === 'none') return state;
      return {
        ...state,
        status: state.status === 'started' ? 'sent' : state.status,
        providerPaymentId: event.data.providerPaymentId,
      };
    case 'billing.CardPaymentSettled':
      if (state.status === 'none') return state;
      return {
        ...state,
        // A success is final: an older attempt's decline arriving late does not undo it.
        status: state.status === 'succeeded' ? 'succeeded' : event.data.outcome,
        settled: [...state.settled, event.data.providerReference],
      };
    default:
      return assertNever(event);
  }
}

const stamp = (command: CardPaymentCommand) => ({ at: command.meta.now, by: command.meta.actorId });

export const cardPaymentDecider: Decider<CardPaymentState, CardPaymentCommand, CardPaymentEvent> = {
  initialState,
  decide,
  evolve,
};
