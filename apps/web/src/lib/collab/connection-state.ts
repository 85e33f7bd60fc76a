/**
 * What the note screen tells the clinician about the live connection, folded from what the provider reports. Pure,
 * so the rules (a refusal is final, the browser's offline wins, a change refused means the note was signed) are
 * tested without a server.
 */
export type ConnectionPhase = 'connecting' | 'live' | 'offline' | 'refused';

/** Why the server closed the door for good (close codes 4401, 4403, 4404 of docs/collaboration.md). */
export type Refusal = 'signed-out' | 'forbidden' | 'not-found';

export interface ConnectionState {
  readonly phase: ConnectionPhase;
  /** The browser's own view of the network: without it, a lost connection is "offline", not "reconnecting". */
  readonly online: boolean;
  readonly refusal?: Refusal;
  /** The server refused a change (the note was signed, or this account may only read it). */
  readonly changeRefused?: boolean;
  /** Counts the server's "reconnect, the document changed state" closes (4100): the screen reloads the status. */
  readonly reopened: number;
}

export type ConnectionEvent =
  | { readonly type: 'status'; readonly status: 'connected' | 'disconnected' | 'connecting' }
  | { readonly type: 'synced'; readonly synced: boolean }
  | { readonly type: 'closed'; readonly code: number }
  | { readonly type: 'denied' }
  | { readonly type: 'network'; readonly online: boolean };

export const CLOSE_REOPENED = 4100;
const REFUSALS: Readonly<Record<number, Refusal>> = { 4401: 'signed-out', 4403: 'forbidden', 4404: 'not-found' };

export const initialConnection = (online: boolean): ConnectionState => ({
  phase: online ? 'connecting' : 'offline',
  online,
  reopened: 0,
});

const notLive = (state: ConnectionState, online = state.online): ConnectionState => ({
  ...state,
  online,
  phase: online ? 'connecting' : 'offline',
});

export function nextConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (state.phase === 'refused') return state; // the stock client gives up too; only opening the note again retries
  switch (event.type) {
    case 'network':
      return state.phase === 'live' && event.online ? { ...state, online: true } : notLive(state, event.online);
    case 'status':
      // Connected is not live yet: until the first sync the screen may show an old copy.
      return event.status === 'connected' ? state : notLive(state);
    case 'synced':
      return event.synced ? { ...state, phase: 'live' } : state;
    case 'closed': {
      const refusal = REFUSALS[event.code];
      if (refusal) return { ...state, phase: 'refused', refusal };
      if (event.code === CLOSE_REOPENED)
        return { ...notLive(state), reopened: state.reopened + 1, changeRefused: false };
      return notLive(state);
    }
    case 'denied':
      return { ...state, changeRefused: true };
  }
}
