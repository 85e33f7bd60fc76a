import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CollabServerThread } from './server-thread';

/** One connected client of a note: its own Yjs document, kept in sync by a stock provider. */
export interface BenchClient {
  readonly doc: Y.Doc;
  close(): void;
}

/** Connects a client to a note and resolves once the first sync with the server is done. */
export type ConnectClient = (noteId: string) => Promise<BenchClient>;

const SYNC_TIMEOUT_MS = 30_000;

/** Where the clients connect, and as whom. */
type Endpoint = Pick<CollabServerThread, 'key' | 'wsUrl' | 'token'>;

/** Stock `y-websocket` clients, as an editor binding in a browser uses them (token in the `token` parameter). */
export function yWebsocketClients(server: Endpoint): ConnectClient {
  return (noteId) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.wsUrl, noteId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: server.token === null ? {} : { token: server.token },
    });
    let lastClose = 'none';
    provider.on('connection-close', (event) => {
      lastClose = event ? `${event.code} ${event.reason}` : 'closed';
    });
    const close = (): void => {
      provider.destroy();
      doc.destroy();
    };
    return whenSynced(
      `note ${noteId} on ${server.key}`,
      close,
      () => `last close: ${lastClose}`,
      (synced) => {
        provider.on('sync', (isSynced: boolean) => {
          if (isSynced) synced();
        });
      },
    ).then(() => ({ doc, close }));
  };
}

/** `@hocuspocus/provider` clients (Hocuspocus's own protocol over one WebSocket per client). */
export function hocuspocusClients(server: Endpoint): ConnectClient {
  return (noteId) => {
    const doc = new Y.Doc();
    let lastClose = 'none';
    let onSynced: (() => void) | undefined;
    // One socket per client, as y-websocket has (Hocuspocus could multiplex notes over one).
    const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: noteId,
      document: doc,
      onSynced: ({ state }) => {
        if (state) onSynced?.();
      },
      onClose: ({ event }) => {
        lastClose = `${event.code} ${event.reason}`;
      },
    });
    provider.attach();
    const close = (): void => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    };
    return whenSynced(
      `note ${noteId} on ${server.key}`,
      close,
      () => `last close: ${lastClose}`,
      (synced) => {
        if (provider.isSynced) synced();
        else onSynced = synced;
      },
    ).then(() => ({ doc, close }));
  };
}

/** Resolves when `listen` reports the first sync; a client that never syncs fails the run, loudly. */
function whenSynced(
  what: string,
  close: () => void,
  diagnosis: () => string,
  listen: (synced: () => void) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      close();
      reject(new Error(`A client of ${what} did not sync within ${SYNC_TIMEOUT_MS / 1000} s (${diagnosis()})`));
    }, SYNC_TIMEOUT_MS);
    listen(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
