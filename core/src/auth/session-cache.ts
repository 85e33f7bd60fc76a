import type { AuthenticatedActor } from './authenticated-actor';
import type { AuthChangeSubscriber } from './auth-change-listener';

/** A session as last read from the database (or as this process last slid it). */
export interface CachedSession {
  readonly actor: AuthenticatedActor;
  readonly kind: 'session' | 'api';
  readonly expiresAt: number;
  readonly lastSeenAt: number;
}

export interface SessionCacheOptions {
  /** Most sessions kept (default 10 000); past it, the oldest entry goes. */
  readonly maxEntries?: number;
  /** An entry is read again from the database after this long, notifications or not (default 60 s). */
  readonly maxAgeMs?: number;
}

interface Entry extends CachedSession {
  readonly cachedAt: number;
}

/**
 * Resolved sessions by token hash, so that a request does not read its session from PostgreSQL each time. It is
 * only ever used while notifications of changes arrive ({@link AuthChangeSubscriber}): every change empties it at
 * once, and a read that was under way when a change arrived is not kept (the generation moved on), so a revoked
 * session is refused by the next request on every process.
 */
export class SessionCache implements AuthChangeSubscriber {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private live = false;
  /** How often the notifications were lost (each loss empties the cache until they are back). */
  private lostCount = 0;
  private generationCount = 0;
  /** Changes committed by this process, waiting for every listener's acknowledgement of their marker. */
  private readonly markers = new Map<string, { acks: number; expected: number; release: () => void }>();

  constructor(options: SessionCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
  }

  /** Take before reading the database; pass to {@link set}. */
  generation(): number {
    return this.generationCount;
  }

  /** The session, when known, still valid at `now`, and read recently enough. */
  get(tokenHash: string, now: number): CachedSession | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || now - entry.cachedAt >= this.maxAgeMs || now < entry.cachedAt) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /** Keeps a session read at `generation`, unless something changed since (or no one is listening). */
  set(tokenHash: string, session: CachedSession, generation: number, now: number): void {
    if (!this.live || generation !== this.generationCount) return;
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tokenHash, { ...session, cachedAt: now });
  }

  /** Updates a kept session after this process slid its expiry (same generation rule as {@link set}). */
  slid(tokenHash: string, session: CachedSession, generation: number): void {
    const entry = this.entries.get(tokenHash);
    if (!entry || !this.live || generation !== this.generationCount) return;
    this.entries.set(tokenHash, { ...session, cachedAt: entry.cachedAt });
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Whether sessions are served from the cache (the change notifications are arriving) or read from the database
   * each time (they are not), and how often the notifications were lost since start: operators see it in /health.
   */
  get state(): { readonly notifications: 'live' | 'lost'; readonly interruptions: number } {
    return { notifications: this.live ? 'live' : 'lost', interruptions: this.lostCount };
  }

  /** PostgreSQL announced a change (from any process, this one included). */
  changed(): void {
    this.clear();
  }

  acknowledged(id: string): void {
    const marker = this.markers.get(id);
    if (!marker) return;
    marker.acks += 1;
    if (marker.acks >= marker.expected) marker.release();
  }

  listening(live: boolean): void {
    if (this.live && !live) this.lostCount += 1;
    this.live = live;
    this.clear();
    if (!live) for (const marker of [...this.markers.values()]) marker.release();
  }

  /** Forgets everything this process resolved. */
  clear(): void {
    this.generationCount += 1;
    this.entries.clear();
  }

  /**
   * Waits for the acknowledgements of marker `id` (sent after a change committed here): register before sending it,
   * then {@link expectAcks} with the number of listeners there were when it was sent. Resolves at once when no one
   * listens here (nothing cached), and after `timeoutMs` at most (a process that cannot answer cannot serve either).
   */
  awaitAcks(id: string, timeoutMs = 1_000): { expect(listeners: number): void; done: Promise<void> } {
    if (!this.live) return { expect: () => undefined, done: Promise.resolve() };
    let expect: (listeners: number) => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => marker.release(), timeoutMs);
      timer.unref();
      const marker = {
        acks: 0,
        expected: Number.POSITIVE_INFINITY,
        release: () => {
          clearTimeout(timer);
          this.markers.delete(id);
          resolve();
        },
      };
      this.markers.set(id, marker);
      expect = (listeners) => {
        marker.expected = listeners;
        if (marker.acks >= listeners) marker.release();
      };
    });
    return { expect: (listeners) => expect(listeners), done };
  }
}
