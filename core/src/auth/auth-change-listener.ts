import { Client } from 'pg';
import { AUTH_CHANGED_CHANNEL } from './auth.migrations';

/** What the listener tells its subscriber. */
export interface AuthChangeSubscriber {
  /** A session, account or role changed somewhere: forget what was resolved. */
  changed(): void;
  /** A listener (this process's included) has forgotten what it resolved before the marker `id` was sent. */
  acknowledged(id: string): void;
  /** Whether notifications are arriving: while false, nothing resolved may be reused. */
  listening(live: boolean): void;
}

export interface AuthChangeListenerOptions {
  /** Delay before reconnecting after the connection is lost (doubles up to 5 s). */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
}

const MAX_RETRY_MS = 5_000;

/** How the listening connections name themselves, so that a process that changed something can count them. */
export const AUTH_LISTENER_APPLICATION = 'hms-auth-listener';
/** Sent after a change by the process that made it; every listener answers with {@link ACK_PREFIX} and the id. */
export const MARKER_PREFIX = 'marker:';
const ACK_PREFIX = 'ack:';

/**
 * Holds one PostgreSQL connection that LISTENs for {@link AUTH_CHANGED_CHANNEL}: the triggers of migration 0103
 * notify it at the commit of any logout, purge, disabled account, password change, or change of roles. While the
 * connection is down the subscriber is told it is not listening (a missed notification must never leave a revoked
 * session usable), and once it is back, that everything changed.
 */
export class AuthChangeListener {
  private client: Client | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs: number;

  constructor(
    private readonly url: string,
    private readonly subscriber: AuthChangeSubscriber,
    private readonly options: AuthChangeListenerOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 200;
  }

  /** Connects and listens; resolves once notifications are arriving (or the first attempt failed and is retried). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.subscriber.listening(false);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: AUTH_LISTENER_APPLICATION });
    const lost = (error?: unknown): void => {
      if (this.client !== client) return;
      this.client = undefined;
      this.subscriber.listening(false);
      if (error !== undefined) this.options.onError?.(error);
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('notification', (message) => {
      if (message.channel !== AUTH_CHANGED_CHANNEL) return;
      const payload = message.payload ?? '';
      if (payload.startsWith(ACK_PREFIX)) return this.subscriber.acknowledged(payload.slice(ACK_PREFIX.length));
      this.subscriber.changed();
      // A process that changed something waits for every listener's acknowledgement before it answers.
      if (payload.startsWith(MARKER_PREFIX)) {
        const ack = `${ACK_PREFIX}${payload.slice(MARKER_PREFIX.length)}`;
        client.query('SELECT pg_notify($1, $2)', [AUTH_CHANGED_CHANNEL, ack]).catch((error: unknown) => lost(error));
      }
    });
    client.on('error', (error) => lost(error));
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`);
      if (this.stopped || this.client !== client) {
        await client.end().catch(() => undefined);
        return;
      }
      // Whatever happened while no one listened is unknown: start from nothing.
      this.subscriber.listening(true);
      this.retryMs = this.options.retryMs ?? 200;
    } catch (error) {
      lost(error);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
