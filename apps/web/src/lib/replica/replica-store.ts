import type {
  ChangeNotice,
  ReplicaAnswer,
  ReplicaDescription,
  ReplicaFreshness,
  ReplicaParams,
  ReplicaScope,
  ReplicaView,
} from '@hms/sdk/client';
import { applyAnswer, type KeptRows } from './apply-answer';
import { copyId, importReplicaKey, open, seal } from './replica-crypto';
import type { ReplicaDatabase } from './replica-db';

/** A copy as the device keeps it (sealed in IndexedDB, plain in memory while the page lives). */
export interface Copy {
  readonly name: string;
  readonly params: ReplicaParams;
  readonly position: string;
  readonly pulledAt: string;
  readonly maxAgeHours: number;
  readonly rows: KeptRows;
  /** The streams whose notices concern it, when the server named them (a chart's stream). */
  readonly streams?: readonly string[];
  /** The copy that made this one kept (a board for a chart), if any: it is dropped when that one no longer lists it. */
  readonly keptFor?: string;
}

type Listener = (view: ReplicaView) => void;

export interface ReplicaStoreDeps {
  readonly db: ReplicaDatabase;
  /** `fetch` on the API with the session cookie. */
  readonly fetch: (path: string) => Promise<Response>;
  readonly now: () => Date;
  /** What the client parts keep along with a copy of `name` (`ClientReplica.alsoKeep`). */
  readonly alsoKeep?: (name: string, rows: readonly unknown[], params: ReplicaParams) => readonly ReplicaScope[];
}

/**
 * The device's replicas: one copy per (replica, scope), each with its checkpoint, sealed at rest under the session's
 * key. Screens subscribe and get the rows and their freshness, the same way online and offline; the store pulls on
 * subscribe, on change notices of the replica's event types, and on reconnect (`pullAll`).
 */
export class ReplicaStore {
  private key: CryptoKey | undefined;
  private readonly copies = new Map<string, Copy>();
  private readonly freshness = new Map<string, ReplicaFreshness>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly pulls = new Map<string, { running: Promise<void>; again: boolean }>();
  private eventTypes = new Map<string, ReadonlySet<string>>();

  constructor(private readonly deps: ReplicaStoreDeps) {}

  /**
   * Takes the session's key: from the server when online (stored for offline reloads), else the stored one. Without
   * WebCrypto (a page served over plain http) nothing is stored: copies live in memory only.
   */
  async start(serverKey: string | undefined): Promise<void> {
    if (typeof crypto === 'undefined' || !crypto.subtle) return;
    if (serverKey) {
      this.key = await importReplicaKey(serverKey);
      await this.deps.db.writeKey(this.key);
    } else {
      this.key = await this.deps.db.readKey();
    }
    await this.loadStored();
  }

  /** The replicas the server offers this account, with the event types that change each. */
  describe(items: readonly ReplicaDescription[]): void {
    this.eventTypes = new Map(items.map((item) => [item.name, new Set(item.eventTypes)]));
  }

  /** Calls `listener` with the copy's rows now and on every change; keeps the copy and pulls it. */
  subscribe(name: string, params: ReplicaParams, listener: Listener): () => void {
    let id: string | undefined;
    let closed = false;
    void copyId(name, params).then((found) => {
      if (closed) return;
      id = found;
      const set = this.listeners.get(id) ?? new Set();
      set.add(listener);
      this.listeners.set(id, set);
      listener(this.view(id));
      void this.pull(name, params);
    });
    return () => {
      closed = true;
      if (id) this.listeners.get(id)?.delete(listener);
    };
  }

  /**
   * Pulls every kept copy the notice may concern: its replica declares the event type and, when the copy names its
   * streams (a chart), the notice is of one of them.
   */
  onChange(notice: ChangeNotice): void {
    for (const copy of [...this.copies.values()])
      if (this.eventTypes.get(copy.name)?.has(notice.type) && (!copy.streams || copy.streams.includes(notice.streamId)))
        void this.pull(copy.name, copy.params);
  }

  /** Pulls every kept copy (on start and when the network is back). */
  async pullAll(): Promise<void> {
    await Promise.all([...this.copies.values()].map((copy) => this.pull(copy.name, copy.params)));
  }

  /** The copies kept now (for the bench and the browser test). */
  kept(): readonly Copy[] {
    return [...this.copies.values()];
  }

  /** One pull of a copy; a pull asked for while one runs runs once more after it. */
  pull(name: string, params: ReplicaParams, keptFor?: string): Promise<void> {
    return copyId(name, params).then((id) => {
      const running = this.pulls.get(id);
      if (running) {
        running.again = true;
        return running.running;
      }
      const entry = { running: Promise.resolve(), again: false };
      entry.running = (async () => {
        do {
          entry.again = false;
          await this.pullOnce(id, name, params, keptFor);
        } while (entry.again);
        this.pulls.delete(id);
      })();
      this.pulls.set(id, entry);
      return entry.running;
    });
  }

  /** Forgets everything: the copies, the key, the database (sign-out, or the session ended). */
  async wipe(): Promise<void> {
    this.key = undefined;
    this.copies.clear();
    for (const id of this.listeners.keys()) this.set(id, 'forbidden');
    await this.deps.db.wipe();
  }

  private async pullOnce(id: string, name: string, params: ReplicaParams, keptFor?: string): Promise<void> {
    const kept = this.copies.get(id);
    let answer: ReplicaAnswer;
    try {
      const response = await this.deps.fetch(pullPath(name, params, kept?.position));
      if (response.status === 403 || response.status === 404 || response.status === 413)
        return await this.forget(id, 'forbidden');
      if (!response.ok) return this.set(id, 'stale');
      answer = (await response.json()) as ReplicaAnswer;
    } catch {
      return this.set(id, 'stale'); // offline: keep showing the copy (if any), marked stale
    }
    const rows = applyAnswer(kept?.rows ?? [], answer);
    if (!rows) {
      this.copies.delete(id); // a row went missing: start this copy again from a whole answer
      return this.pullOnce(id, name, params, keptFor);
    }
    if (rows.length > answer.limits.maxRows) return this.forget(id, 'forbidden');
    const copy: Copy = {
      name,
      params,
      position: answer.position,
      pulledAt: this.deps.now().toISOString(),
      maxAgeHours: answer.limits.maxAgeHours,
      rows,
      ...(answer.streams ? { streams: answer.streams } : {}),
      ...((keptFor ?? kept?.keptFor) ? { keptFor: keptFor ?? kept?.keptFor } : {}),
    };
    this.copies.set(id, copy);
    this.freshness.set(id, 'fresh');
    await this.store(id, copy);
    this.emit(id);
    await this.keepAlong(id, copy);
  }

  /** Keeps the copies a client part keeps along with this one, and drops those it no longer lists. */
  private async keepAlong(id: string, copy: Copy): Promise<void> {
    const scopes =
      this.deps.alsoKeep?.(
        copy.name,
        copy.rows.map(([, row]) => row),
        copy.params,
      ) ?? [];
    const wanted = new Set(await Promise.all(scopes.map((s) => copyId(s.name, s.params))));
    for (const [childId, child] of this.copies)
      if (child.keptFor === id && !wanted.has(childId)) await this.forget(childId, 'forbidden');
    await Promise.all(scopes.map((scope) => this.pull(scope.name, scope.params, id)));
  }

  private view(id: string): ReplicaView {
    const copy = this.copies.get(id);
    const state = this.freshness.get(id) ?? (copy ? 'stale' : 'loading');
    if (!copy) return { rows: [], freshness: state, pulledAt: null };
    if (this.expired(copy)) return { rows: [], freshness: 'expired', pulledAt: copy.pulledAt };
    return { rows: copy.rows.map(([, row]) => row), freshness: state, pulledAt: copy.pulledAt };
  }

  private expired(copy: Copy): boolean {
    return this.deps.now().getTime() - Date.parse(copy.pulledAt) > copy.maxAgeHours * 3_600_000;
  }

  private set(id: string, state: ReplicaFreshness): void {
    this.freshness.set(id, state);
    this.emit(id);
  }

  private emit(id: string): void {
    const view = this.view(id);
    for (const listener of this.listeners.get(id) ?? []) listener(view);
  }

  private async forget(id: string, state: ReplicaFreshness): Promise<void> {
    this.copies.delete(id);
    this.set(id, state);
    if (this.key) await this.deps.db.deleteCopy(id);
  }

  private async store(id: string, copy: Copy): Promise<void> {
    if (this.key) await this.deps.db.writeCopy({ id, sealed: await seal(this.key, copy) });
  }

  /** Opens the stored copies; one sealed under another session's key, or past its age, is deleted unread. */
  private async loadStored(): Promise<void> {
    const key = this.key;
    if (!key) return;
    for (const stored of await this.deps.db.allCopies()) {
      const copy = await open<Copy>(key, stored.sealed).catch(() => undefined);
      if (copy && !this.expired(copy)) this.copies.set(stored.id, copy);
      else await this.deps.db.deleteCopy(stored.id);
    }
  }
}

/** `/api/sync/replicas/<name>?<scope>&since=<position>`: ids only in the URL. */
export function pullPath(name: string, params: ReplicaParams, since: string | undefined): string {
  const query = new URLSearchParams(params);
  if (since !== undefined) query.set('since', since);
  return `/api/sync/replicas/${encodeURIComponent(name)}?${query.toString()}`;
}
