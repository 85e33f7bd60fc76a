import { authProtocol, awarenessProtocol, decoding, encoding, syncProtocol, Y, type Awareness, type YDoc } from './yjs';

/** The y-websocket message types (the stock client's `messageHandlers`). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/**
 * Close codes. The stock client gives up on 4400–4499 (what reconnecting cannot fix) and reconnects after any
 * other code, which is what a document whose state changed and a restarting server want.
 */
export const CLOSE = {
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  forbidden: { code: 4403, reason: 'forbidden' },
  /** The session cookie came with a page of another origin. */
  crossOrigin: { code: 4403, reason: 'cross-origin request' },
  notFound: { code: 4404, reason: 'document not found' },
  /** The document was sealed or unsealed: reconnect to learn the new mode. */
  reopened: { code: 4100, reason: 'document state changed, reconnect' },
  /** A message that does not decode, or an update Yjs cannot read. */
  unreadable: { code: 1003, reason: 'unreadable message' },
  shuttingDown: { code: 1012, reason: 'server restarting' },
  serverError: { code: 1011, reason: 'server error' },
} as const;

/** A message of the y-websocket protocol as the server acts on it. */
export type ClientMessage =
  | { readonly type: 'sync-step-1'; readonly stateVector: Uint8Array }
  /** Sync step 2 (what the client has that the server lacked) or an incremental update. */
  | { readonly type: 'update'; readonly update: Uint8Array; readonly step2: boolean }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'query-awareness' }
  | { readonly type: 'ignored' };

/** Reads one client message without applying anything: the server persists updates before applying them. */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) return { type: 'sync-step-1', stateVector: payload };
    // Stored before it is applied, an update Yjs cannot read would make the document fail to load ever after:
    // decoding it here throws, and the connection is closed before anything is stored.
    Y.decodeUpdate(payload);
    return { type: 'update', update: payload, step2: syncType === syncProtocol.messageYjsSyncStep2 };
  }
  if (type === MESSAGE_AWARENESS) return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === MESSAGE_QUERY_AWARENESS) return { type: 'query-awareness' };
  return { type: 'ignored' };
}

export function syncStep1Message(doc: YDoc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: YDoc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The client ids an awareness update speaks for (count, then id, clock and state JSON for each). */
export function awarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const ids: number[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}

/** Every awareness state the room knows, or nothing when there is none. */
export function allAwarenessUpdate(awareness: Awareness): Uint8Array | undefined {
  const clients = [...awareness.getStates().keys()];
  return clients.length === 0 ? undefined : awarenessProtocol.encodeAwarenessUpdate(awareness, clients);
}

/** y-protocols' permission-denied message: the stock client reports it and keeps its connection. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/**
 * Whether an update holds nothing the document lacks: no new items and no deletion it has not applied. A client
 * answering the server's sync step 1 sends its whole delete set every time, so this keeps reconnects from
 * storing (or, for a reader, being refused for) what the server already has.
 */
export function addsNothing(doc: YDoc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  if (structs.length > 0) return false;
  if (ds.clients.size === 0) return true;
  const known = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, items] of ds.clients) {
    for (const item of items) {
      for (let clock = item.clock; clock < item.clock + item.len;) {
        const covering = (known.clients.get(client) ?? []).find((k) => k.clock <= clock && clock < k.clock + k.len);
        if (!covering) return false;
        clock = covering.clock + covering.len;
      }
    }
  }
  return true;
}
