/**
 * The servers the benchmark compares: ours, Hocuspocus as documented (persistence on a debounce), and
 * Hocuspocus made to wait for one durable INSERT of each message before handling it — the yardstick of what the
 * issue's persist-before-relay rule costs on the same relay code and the same database.
 */
export const COLLAB_SERVER_KEYS = ['ours', 'hocuspocus', 'hocuspocus-durable'] as const;
export type CollabServerKey = (typeof COLLAB_SERVER_KEYS)[number];

/** What the main thread tells a server thread when it starts it. */
export interface ServerThreadData {
  readonly server: CollabServerKey;
  readonly databaseUrl: string;
}

/** Main thread → server thread. */
export type ServerRequest = { readonly type: 'heap'; readonly id: number } | { readonly type: 'stop' };

/** Server thread → main thread. */
export type ServerReply =
  | { readonly type: 'ready'; readonly wsUrl: string; readonly token: string | null }
  | { readonly type: 'heap'; readonly id: number; readonly bytes: number }
  | { readonly type: 'stopped' }
  | { readonly type: 'failed'; readonly message: string };

/** A collaboration server as the server thread runs it. */
export interface RunningCollabServer {
  /** Where a client connects: the y-websocket base URL (the room is appended) or Hocuspocus's URL. */
  readonly wsUrl: string;
  /** Bearer token a client sends (`params: { token }`), or null when the server asks for none. */
  readonly token: string | null;
  stop(): Promise<void>;
}
