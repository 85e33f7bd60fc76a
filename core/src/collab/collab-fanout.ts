import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { decoding, encoding } from './yjs';

/** What instances tell each other about a document. */
export type FanoutMessage =
  /** Updates persisted as revisions `from + 1 … to`, merged. */
  | { readonly kind: 'update'; readonly from: number; readonly to: number; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  /** An instance opened the document: the others answer with their connections' awareness states. */
  | { readonly kind: 'awareness-query' }
  /** A command sealed or unsealed the document. */
  | { readonly kind: 'state' };

/** Fan-out of documents' updates and awareness between API instances. */
export interface CollabFanout {
  subscribe(documentId: string, onMessage: (message: FanoutMessage) => void): Promise<void>;
  /** Ends the subscription made with `onMessage` (a newer one for the same document stays). */
  unsubscribe(documentId: string, onMessage: (message: FanoutMessage) => void): Promise<void>;
  publish(documentId: string, message: FanoutMessage): void;
  /** Called after the link came back from an outage, when messages may have been missed. */
  onResumed(listener: () => void): void;
  close(): Promise<void>;
}

const KINDS = ['update', 'awareness', 'awareness-query', 'state'] as const;

function encode(instanceId: string, message: FanoutMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, instanceId);
  encoding.writeVarUint(encoder, KINDS.indexOf(message.kind));
  if (message.kind === 'update') {
    encoding.writeVarUint(encoder, message.from);
    encoding.writeVarUint(encoder, message.to);
  }
  if (message.kind === 'update' || message.kind === 'awareness') encoding.writeVarUint8Array(encoder, message.update);
  return Buffer.from(encoding.toUint8Array(encoder));
}

function decode(data: Buffer): { instanceId: string; message: FanoutMessage } {
  const decoder = decoding.createDecoder(data);
  const instanceId = decoding.readVarString(decoder);
  const kind = KINDS[decoding.readVarUint(decoder)];
  switch (kind) {
    case 'update': {
      const from = decoding.readVarUint(decoder);
      const to = decoding.readVarUint(decoder);
      return { instanceId, message: { kind, from, to, update: decoding.readVarUint8Array(decoder) } };
    }
    case 'awareness':
      return { instanceId, message: { kind, update: decoding.readVarUint8Array(decoder) } };
    case 'awareness-query':
    case 'state':
      return { instanceId, message: { kind } };
    default:
      throw new Error('Unknown collaboration fan-out message');
  }
}

/**
 * Redis pub/sub, one channel per open document. Each message carries the sending instance's id, so an instance
 * ignores its own. Pub/sub delivers at most once: a lost update message is recovered from PostgreSQL (rooms
 * notice the gap in revisions), and after an outage every room catches up from there.
 */
export class RedisCollabFanout implements CollabFanout {
  readonly instanceId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (message: FanoutMessage) => void>();
  private readonly resumed: (() => void)[] = [];

  constructor(
    redisUrl: string,
    private readonly channelPrefix = 'hms:collab:',
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
    // Subscriptions asked for during an outage wait for Redis however long it takes (not 20 retries), so none is lost.
    this.subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null });
    this.publisher.on('error', onError);
    this.subscriber.on('error', onError);
    // ioredis says 'ready' before it re-subscribes: a PING sent on the next tick is answered after the SUBSCRIBEs,
    // so when the rooms catch up from PostgreSQL, whatever is published after their read is already delivered.
    this.subscriber.on('ready', () => {
      process.nextTick(() => {
        this.subscriber.ping().then(() => this.resumed.forEach((listener) => listener()), onError);
      });
    });
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => this.receive(channel.toString(), data));
  }

  async subscribe(documentId: string, onMessage: (message: FanoutMessage) => void): Promise<void> {
    this.handlers.set(documentId, onMessage);
    const subscribed = this.subscriber.subscribe(this.channelPrefix + documentId);
    // Redis is away: the document opens from PostgreSQL now, and catches up with the others once Redis is back
    // and the subscription made (the resumed listeners), instead of its clients waiting for Redis.
    if (this.subscriber.status !== 'ready') {
      subscribed.catch(this.onError);
      return;
    }
    await subscribed;
  }

  async unsubscribe(documentId: string, onMessage: (message: FanoutMessage) => void): Promise<void> {
    if (this.handlers.get(documentId) !== onMessage) return;
    this.handlers.delete(documentId);
    const unsubscribed = this.subscriber.unsubscribe(this.channelPrefix + documentId);
    // Closing a document must not wait for Redis to come back; the command goes when it does.
    if (this.subscriber.status !== 'ready') {
      unsubscribed.catch(this.onError);
      return;
    }
    await unsubscribed;
  }

  publish(documentId: string, message: FanoutMessage): void {
    this.publisher.publish(this.channelPrefix + documentId, encode(this.instanceId, message)).catch(this.onError);
  }

  onResumed(listener: () => void): void {
    this.resumed.push(listener);
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private receive(channel: string, data: Buffer): void {
    if (!channel.startsWith(this.channelPrefix)) return;
    const handler = this.handlers.get(channel.slice(this.channelPrefix.length));
    if (!handler) return;
    try {
      const { instanceId, message } = decode(data);
      if (instanceId !== this.instanceId) handler(message);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** One instance alone (no Redis configured): nothing to tell anyone. */
export class LocalCollabFanout implements CollabFanout {
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  publish(): void {}
  onResumed(): void {}
  async close(): Promise<void> {}
}
