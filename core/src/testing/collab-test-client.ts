import type * as YWebsocket from 'y-websocket' with { 'resolution-mode': 'import' };
import WebSocket from 'ws';
import { decoding, Y, type Decoder, type YDoc } from '../collab/yjs';

/**
 * A stock y-websocket client in Node (for tests and benchmarks), as STACK.md §11 says: no BroadcastChannel, `ws` as the
 * WebSocket.
 */
export interface CollabClient {
  readonly doc: YDoc;
  readonly provider: YWebsocket.WebsocketProvider;
  /** Close events the provider saw (code and reason). */
  readonly closes: { code: number; reason: string }[];
  /** Permission-denied reasons the server sent (y-protocols auth messages). */
  readonly denied: string[];
  destroy(): void;
}

export function connectClient(
  serverUrl: string,
  documentId: string,
  token: string | undefined,
  options: { connect?: boolean } = {},
): CollabClient {
  // Loaded here, not at the top: the stock client is a development dependency, and production never calls this.
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  const { WebsocketProvider } = require('y-websocket') as typeof YWebsocket;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl}/collab`, documentId, doc, {
    disableBc: true,
    WebSocketPolyfill: WebSocket as never,
    params: token ? { token } : {},
    connect: options.connect ?? true,
    maxBackoffTime: 300,
  });
  const closes: { code: number; reason: string }[] = [];
  const denied: string[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  // The stock client only logs permission-denied; keep it for assertions instead of the console.
  const handlers = provider.messageHandlers as unknown as ((encoder: unknown, decoder: Decoder) => void)[];
  handlers[2] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) denied.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    closes,
    denied,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Adds a paragraph of text at `index` of the body (clamped), as an editor binding would. */
export function insertParagraph(doc: YDoc, text: string, index = Number.MAX_SAFE_INTEGER): void {
  const body = doc.getXmlFragment('body');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  body.insert(Math.min(index, body.length), [paragraph]);
}

/** The body's paragraphs as text, one per line. */
export function bodyText(doc: YDoc): string {
  return doc
    .getXmlFragment('body')
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((t) => (t instanceof Y.XmlText ? t.toString() : ''))
            .join('')
        : '',
    )
    .join('\n');
}

/** The body's text after applying a persisted content update. */
export function textOfUpdate(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const text = bodyText(doc);
  doc.destroy();
  return text;
}

export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A raw WebSocket to the endpoint: every message it is sent and how it was closed. A refused client must
 * receive no message at all, only the close.
 */
export function rawConnect(
  url: string,
  headers: Record<string, string> = {},
  options: { closeAfterFirstMessage?: boolean; thenSend?: readonly Uint8Array[] } = {},
): Promise<{ messages: Buffer[]; code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const messages: Buffer[] = [];
    socket.on('open', () => {
      // What the stock client sends first: sync step 1 of an empty document.
      socket.send(Buffer.from([0, 0, 1, 0]));
      for (const message of options.thenSend ?? []) socket.send(message);
    });
    socket.on('message', (data: Buffer) => {
      messages.push(data);
      if (options.closeAfterFirstMessage) socket.close(1000);
    });
    socket.on('close', (code, reason) => resolve({ messages, code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}
