import { InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { AnalyserMessageAccepted } from '../../contracts/events';

type Accepted = DataOf<typeof AnalyserMessageAccepted>;

export type AnalyserMessageEvent = DomainEvent<'lab.AnalyserMessageAccepted', Accepted>;
export type AcceptAnalyserMessageCommand = Command<'lab.AcceptAnalyserMessage', Omit<Accepted, 'at' | 'by'>>;

/** A message is new until filed once; then it is what was filed from it. */
export type AnalyserMessageState = { readonly status: 'new' } | ({ readonly status: 'accepted' } & Accepted);

export const initialState = (): AnalyserMessageState => ({ status: 'new' });

/** One command: filing a message happens once (the handler answers a resend before deciding). */
export function decide(command: AcceptAnalyserMessageCommand, state: AnalyserMessageState): AnalyserMessageEvent[] {
  if (state.status !== 'new') {
    throw new InvariantViolation('ANALYSER_MESSAGE_FILED', { messageKey: command.data.messageKey });
  }
  const { meta, data } = command;
  return [{ type: 'lab.AnalyserMessageAccepted', data: { ...data, at: meta.now, by: meta.actorId } }];
}

export function evolve(state: AnalyserMessageState, event: AnalyserMessageEvent): AnalyserMessageState {
  return state.status === 'new' ? { status: 'accepted', ...event.data } : state;
}

export const analyserMessageDecider: Decider<AnalyserMessageState, AcceptAnalyserMessageCommand, AnalyserMessageEvent> =
  { initialState, decide, evolve };

/** `lab.analyser-message-<key>`: the key hashes sender, control id and text (see the import handler). */
export const analyserMessageStream = (messageKey: string): string => `lab.analyser-message-${messageKey}`;
