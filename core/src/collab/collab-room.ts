import type { Logger } from 'pino';
import type { AuditSink } from '../buses/audit-sink';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { CollabFanout, FanoutMessage } from './collab-fanout';
import {
  addsNothing,
  allAwarenessUpdate,
  awarenessClientIds,
  awarenessMessage,
  CLOSE,
  permissionDeniedMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type ClientMessage,
} from './collab-protocol';
import { collabStore } from './collab-store';
import { persistCollabUpdates, type CollabWriter } from './collab-writer';
import { RevisionTracker } from './revision-tracker';
import { WriteAuditWindows } from './write-audit-windows';
import { awarenessProtocol, Y, type Awareness, type YDoc } from './yjs';

/** A connection as the room sees it. */
export interface RoomConnection {
  mode: 'edit' | 'read';
  readonly writer: CollabWriter;
  /** The awareness client ids this connection controls, removed when it closes. */
  readonly awarenessIds: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomDeps {
  readonly db: Database;
  readonly audit: AuditSink;
  readonly clock: Clock;
  readonly fanout: CollabFanout;
  readonly log: Logger;
  /** Asks for a background compaction of the document. */
  readonly compact: (documentId: string) => void;
  /** Updates since the snapshot beyond which a compaction is asked for. */
  readonly compactEvery: number;
  /** How long one `collab.write` record covers its connection's later writes. */
  readonly writeAuditWindowMs: number;
}

/** Origin of what other instances sent (applied, relayed to this instance's connections, not published again). */
const REMOTE = Symbol('remote');
/** Origin of a connection's update applied after it was persisted and relayed. */
class PersistedUpdate {
  constructor(readonly connection: RoomConnection) {}
}
/** Most updates persisted in one transaction. */
const MAX_BATCH = 256;
/** A pause in writing this long lets a compaction run without delaying anyone's keystrokes. */
const COMPACT_AFTER_PAUSE_MS = 1_000;
/** Backlog (in multiples of `compactEvery`) beyond which a document is compacted even while being typed in. */
const COMPACT_ANYWAY_FACTOR = 10;
/** How long a gap in revisions may wait for the fan-out before it is filled from PostgreSQL. */
const GAP_WAIT_MS = 250;

/**
 * One open document on this instance: its Yjs document, awareness and connections. An edit connection's update
 * is persisted first (in order, several waiting updates in one transaction) and only then applied, relayed to
 * the other connections and published to the other instances, so whatever anyone has been sent is stored.
 */
export class CollabRoom {
  readonly doc: YDoc = new Y.Doc();
  readonly awareness: Awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<RoomConnection>();
  sealed = false;
  private readonly revisions = new RevisionTracker();
  private gapTimer: NodeJS.Timeout | undefined;
  private compactTimer: NodeJS.Timeout | undefined;
  private readonly queue: { readonly connection: RoomConnection; readonly update: Uint8Array }[] = [];
  private flushing: Promise<void> | undefined;
  private readonly onRemote = (message: FanoutMessage): void => this.receiveRemote(message);
  private readonly auditWindows: WriteAuditWindows;

  constructor(
    readonly documentId: string,
    readonly kind: string,
    private readonly deps: RoomDeps,
  ) {
    this.auditWindows = new WriteAuditWindows(deps.writeAuditWindowMs);
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // A connection's persisted updates were relayed before they were applied (see `relay`).
      if (origin instanceof PersistedUpdate) return;
      const message = updateMessage(update);
      for (const connection of this.connections) if (connection !== origin) connection.send(message);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0) return;
      const owner = this.connections.has(origin as RoomConnection) ? (origin as RoomConnection) : undefined;
      if (owner) {
        added.forEach((id) => owner.awarenessIds.add(id));
        removed.forEach((id) => owner.awarenessIds.delete(id));
      }
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
      const message = awarenessMessage(update);
      for (const connection of this.connections) connection.send(message);
      if (origin !== REMOTE) deps.fanout.publish(documentId, { kind: 'awareness', update });
    });
  }

  /** Subscribes to the other instances first, then loads the persisted content, so nothing falls in between. */
  async load(): Promise<void> {
    await this.deps.fanout.subscribe(this.documentId, this.onRemote);
    await this.catchUp();
    this.deps.fanout.publish(this.documentId, { kind: 'awareness-query' });
  }

  join(connection: RoomConnection): void {
    this.connections.add(connection);
    connection.send(syncStep1Message(this.doc));
    const states = allAwarenessUpdate(this.awareness);
    if (states) connection.send(awarenessMessage(states));
    if (connection.mode === 'edit' && this.sealed) connection.mode = 'read';
  }

  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return;
    this.auditWindows.forget(connection.writer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], 'closed');
  }

  get idle(): boolean {
    return this.connections.size === 0 && this.queue.length === 0 && !this.flushing;
  }

  receive(connection: RoomConnection, message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        connection.send(syncStep2Message(this.doc, message.stateVector));
        return;
      case 'update':
        return this.receiveUpdate(connection, message.update, message.step2);
      case 'awareness':
        // Presence is only the sender's own: a client cannot move, rename or remove another connection's cursor.
        if (this.speaksForOthers(connection, awarenessClientIds(message.update))) return;
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, connection);
        return;
      case 'query-awareness': {
        const states = allAwarenessUpdate(this.awareness);
        if (states) connection.send(awarenessMessage(states));
        return;
      }
      case 'ignored':
        return;
    }
  }

  private speaksForOthers(connection: RoomConnection, clientIds: readonly number[]): boolean {
    for (const other of this.connections) {
      if (other !== connection && clientIds.some((id) => other.awarenessIds.has(id))) return true;
    }
    return false;
  }

  /** Waits until every queued update is persisted (or refused). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Releases memory and the fan-out subscription; the room must be idle. */
  async close(): Promise<void> {
    clearTimeout(this.gapTimer);
    // Leaving memory is a pause: compact now rather than never.
    if (this.compactTimer) this.deps.compact(this.documentId);
    clearTimeout(this.compactTimer);
    await this.deps.fanout
      .unsubscribe(this.documentId, this.onRemote)
      .catch((err: unknown) => this.deps.log.warn({ err }, 'Collab unsubscribe failed'));
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** A command sealed or unsealed the document (here or on another instance): the database says which. */
  async refreshState(): Promise<void> {
    const wasSealed = this.sealed;
    await this.catchUp();
    if (this.sealed && !wasSealed) {
      const denied = permissionDeniedMessage('The document is sealed: it is read-only now');
      for (const connection of this.connections) {
        if (connection.mode === 'edit') connection.send(denied);
        connection.mode = 'read';
      }
    } else if (!this.sealed && wasSealed) {
      // Reconnecting lets each client be resolved again, and get back edit mode where it may.
      for (const connection of [...this.connections]) connection.close(CLOSE.reopened.code, CLOSE.reopened.reason);
    }
  }

  private receiveUpdate(connection: RoomConnection, update: Uint8Array, step2: boolean): void {
    // A reconnecting client's answer to sync step 1 repeats what the server has; it needs neither storing nor refusing.
    if (step2 && addsNothing(this.doc, update)) return;
    if (connection.mode !== 'edit' || this.sealed) {
      connection.send(
        permissionDeniedMessage(this.sealed ? 'The document is sealed: it is read-only now' : 'Read-only access'),
      );
      return;
    }
    this.queue.push({ connection, update });
    this.flushing ??= this.flush().finally(() => {
      this.flushing = undefined;
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const now = this.deps.clock.now();
      const audited = this.auditWindows.due([...new Set(batch.map((b) => b.connection.writer))], now);
      let result;
      try {
        result = await persistCollabUpdates(
          this.deps,
          this.documentId,
          this.kind,
          batch.map((b) => ({ update: b.update, writer: b.connection.writer })),
          { audited, at: now, coversWritesUntil: this.auditWindows.coverageEnd(now) },
        );
      } catch (err) {
        // Not stored, so not applied or relayed: the senders reconnect and their sync sends the updates again.
        this.deps.log.error({ err, documentId: this.documentId }, 'Persisting collaborative updates failed');
        for (const connection of new Set(batch.map((b) => b.connection)))
          connection.close(CLOSE.serverError.code, CLOSE.serverError.reason);
        continue;
      }
      if (result.sealed) {
        this.sealed = true;
        const denied = permissionDeniedMessage('The document is sealed: it is read-only now');
        for (const connection of new Set(batch.map((b) => b.connection))) connection.send(denied);
        for (const connection of this.connections) connection.mode = 'read';
        continue;
      }
      this.auditWindows.recorded(audited, now);
      this.relay(batch);
      const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
      this.deps.fanout.publish(this.documentId, {
        kind: 'update',
        from: result.fromRevision,
        to: result.toRevision,
        update: merged,
      });
      this.noteApplied(result.fromRevision, result.toRevision);
      this.scheduleCompaction(result.toRevision - result.snapshotRevision);
    }
  }

  /**
   * Sends persisted updates to the other connections as their senders wrote them, then applies them: peers get
   * the bytes without waiting for Yjs to integrate them, and what they get is exactly what was stored.
   */
  private relay(batch: readonly { readonly connection: RoomConnection; readonly update: Uint8Array }[]): void {
    for (const { connection, update } of batch) {
      const message = updateMessage(update);
      for (const peer of this.connections) if (peer !== connection) peer.send(message);
    }
    for (const { connection, update } of batch) {
      try {
        Y.applyUpdate(this.doc, update, new PersistedUpdate(connection));
      } catch (err) {
        // Updates are decoded before they are stored, so this is a Yjs defect, not a client's: keep the room serving.
        this.deps.log.error({ err, documentId: this.documentId }, 'Applying a persisted collaborative update failed');
        connection.close(CLOSE.unreadable.code, CLOSE.unreadable.reason);
      }
    }
  }

  /**
   * Asks for a compaction once `compactEvery` updates have piled up, but when typing pauses: merging takes a few
   * milliseconds of this thread, which would delay the relay of the next keystrokes. A document typed in without
   * pause is compacted anyway once the pile is ten times that.
   */
  private scheduleCompaction(backlog: number): void {
    if (backlog < this.deps.compactEvery) return;
    clearTimeout(this.compactTimer);
    this.compactTimer = undefined;
    if (backlog >= this.deps.compactEvery * COMPACT_ANYWAY_FACTOR) return this.deps.compact(this.documentId);
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      this.deps.compact(this.documentId);
    }, COMPACT_AFTER_PAUSE_MS);
  }

  private receiveRemote(message: FanoutMessage): void {
    switch (message.kind) {
      case 'update':
        if (message.to <= this.revisions.revision) return;
        Y.applyUpdate(this.doc, message.update, REMOTE);
        this.noteApplied(message.from, message.to);
        return;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, REMOTE);
        return;
      case 'awareness-query': {
        const local = [...this.connections].flatMap((c) => [...c.awarenessIds]);
        if (local.length > 0) {
          this.deps.fanout.publish(this.documentId, {
            kind: 'awareness',
            update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, local),
          });
        }
        return;
      }
      case 'state':
        void this.refreshState().catch((err: unknown) =>
          this.deps.log.error({ err, documentId: this.documentId }, 'Refreshing a document failed'),
        );
        return;
    }
  }

  /**
   * Records revisions `from + 1 … to` as applied; a gap before them is filled from PostgreSQL if the fan-out does not.
   */
  private noteApplied(from: number, to: number): void {
    if (!this.revisions.record(from, to) || this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined;
      if (this.revisions.hasGap)
        void this.catchUp().catch((err: unknown) =>
          this.deps.log.error({ err, documentId: this.documentId }, 'Catching up failed'),
        );
    }, GAP_WAIT_MS);
  }

  /** Applies what PostgreSQL has beyond the applied revision (on open, after a gap or an outage). */
  async catchUp(): Promise<void> {
    const after = await collabStore.updatesAfter(this.deps.db, this.documentId, this.revisions.revision);
    for (const update of after.updates) Y.applyUpdate(this.doc, update, REMOTE);
    this.sealed = after.sealed;
    this.noteApplied(0, after.revision);
  }
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}
