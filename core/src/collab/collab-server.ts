import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { tokenOf } from '../app/request-auth';
import type { SessionService } from '../auth/session.service';
import type { Kernel } from '../kernel/kernel';
import { careBasis, resolveCollabAccess, type CollabGrant } from './collab-access';
import { CollabCompactor } from './collab-compactor';
import { CollabConnection } from './collab-connection';
import type { CollabRoom } from './collab-room';
import type { CollabWriter } from './collab-writer';
import { LocalCollabFanout, RedisCollabFanout, type CollabFanout } from './collab-fanout';
import { isCrossOriginCookieHandshake } from './collab-origin';
import { CLOSE, permissionDeniedMessage } from './collab-protocol';
import { CollabRooms } from './collab-rooms';

/** Where the collaboration endpoint is: `/collab/<document id>` on the API's own port. */
export const COLLAB_PATH = '/collab/';

export interface CollabServerOptions {
  /** Fan-out between instances; without it this instance serves its documents alone. */
  readonly redisUrl?: string;
  /** Redis channel prefix (tests isolate themselves with it). */
  readonly channelPrefix?: string;
  /** How long a document stays in memory after its last client left (default 10 s). */
  readonly dropAfterMs?: number;
  /** Updates since the snapshot that trigger a compaction (default 200). */
  readonly compactEvery?: number;
  /**
   * How long a connection's `collab.write` audit record covers its later writes (default 60 s; 0 audits every
   * write on its own). The record is written with the first write it covers and says until when it covers.
   */
  readonly writeAuditWindowMs?: number;
  /** How often connections are pinged; one missed pong drops them (default 30 s). */
  readonly heartbeatMs?: number;
  /** Take the client address from `X-Forwarded-For` (behind a reverse proxy). */
  readonly trustProxy?: boolean;
}

/** The largest message a client may send (a pasted document); larger ones close the connection. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * The y-websocket endpoint. A connection is authenticated (session cookie, bearer token or `token` query
 * parameter), resolved by the document's kind and checked against its permissions before the WebSocket is
 * accepted; a refused one is accepted only to be closed with a 44xx code, so it is sent nothing of the document.
 */
export class CollabServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });
  private readonly fanout: CollabFanout;
  private readonly compactor: CollabCompactor;
  private readonly rooms: CollabRooms;
  private readonly connections = new Set<CollabConnection>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly stopListening: () => void;
  private closing = false;

  constructor(
    private readonly kernel: Kernel,
    private readonly sessions: SessionService,
    private readonly log: Logger,
    private readonly options: CollabServerOptions = {},
  ) {
    this.fanout = options.redisUrl
      ? new RedisCollabFanout(options.redisUrl, options.channelPrefix, (err) =>
          log.warn({ err }, 'Collaboration fan-out error'),
        )
      : new LocalCollabFanout();
    this.compactor = new CollabCompactor(kernel.db, log);
    this.rooms = new CollabRooms(
      {
        db: kernel.db,
        audit: kernel.audit,
        clock: kernel.clock,
        fanout: this.fanout,
        log,
        compact: (id) => this.compactor.request(id),
        compactEvery: options.compactEvery ?? 200,
        writeAuditWindowMs: options.writeAuditWindowMs ?? 60_000,
      },
      options.dropAfterMs ?? 10_000,
    );
    this.fanout.onResumed(() => void this.catchUpAll());
    this.stopListening = kernel.collabSignals.listen((ids) => void this.stateChanged(ids));
    this.heartbeat = setInterval(() => {
      this.connections.forEach((c) => c.heartbeat());
      void this.revalidate();
    }, options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
  }

  /** Serves `/collab/…` upgrades of this HTTP server; other upgrade requests are left to other listeners. */
  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(COLLAB_PATH)) {
        if (server.listenerCount('upgrade') === 1) socket.destroy();
        return;
      }
      let documentId: string;
      try {
        documentId = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
      } catch {
        documentId = '';
      }
      void this.accept(request, socket, head, documentId, url.searchParams.get('token'));
    });
  }

  /** Documents open on this instance and their connections (for health and benchmarks). */
  stats(): { documents: number; connections: number } {
    return { documents: this.rooms.size, connections: this.connections.size };
  }

  /**
   * Stops taking connections, persists what is queued, closes the connections (clients reconnect to another
   * instance or to this one restarted) and the fan-out.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.heartbeat);
    this.stopListening();
    for (const room of await this.rooms.all()) await room.drain();
    for (const connection of this.connections) connection.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
    await this.rooms.closeAll();
    await this.compactor.stop();
    await this.fanout.close();
    this.wss.close();
  }

  private async accept(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    documentId: string,
    queryToken: string | null,
  ): Promise<void> {
    const correlationId = randomUUID();
    const source = this.sourceOf(request);
    try {
      if (this.closing) return this.refuse(request, socket, head, CLOSE.shuttingDown);
      if (
        isCrossOriginCookieHandshake(request.headers, {
          queryToken: queryToken !== null,
          trustProxy: this.options.trustProxy ?? false,
        })
      ) {
        this.log.warn(
          { documentId: documentId.slice(0, 200), correlationId },
          'Refused a collaboration handshake from another origin',
        );
        return this.refuse(request, socket, head, CLOSE.crossOrigin);
      }
      const token = queryToken ?? tokenOf(request.headers);
      const actor = token ? await this.sessions.authenticate(token) : null;
      if (!actor || !token) return this.refuse(request, socket, head, CLOSE.unauthenticated);
      const access = await resolveCollabAccess(documentId, actor, this.kernel);
      const base = { at: this.kernel.clock.now(), actorId: actor.id, action: 'collab.open', source, correlationId };
      if ('refused' in access) {
        await this.kernel.audit.record(this.kernel.db, {
          ...base,
          outcome: access.refused === 'forbidden' ? 'denied' : 'not-found',
          details: { documentId: documentId.slice(0, 200) },
        });
        return this.refuse(request, socket, head, access.refused === 'forbidden' ? CLOSE.forbidden : CLOSE.notFound);
      }
      // The read is audited before anything of the document is sent (no audit record, no data).
      await this.kernel.audit.record(this.kernel.db, {
        ...base,
        outcome: 'success',
        patientIds: access.patientId ? [access.patientId] : [],
        details: {
          documentId,
          kind: access.kind,
          mode: access.mode,
          ...(access.access ? { access: access.access } : {}),
        },
      });
      const room = await this.rooms.open(documentId, access.kind);
      if (this.closing) return this.refuse(request, socket, head, CLOSE.shuttingDown);
      const writer = { actorId: actor.id, patientId: access.patientId, source, correlationId };
      this.wss.handleUpgrade(request, socket, head, (ws) => this.connect(ws, room, access, writer, token));
    } catch (err) {
      this.log.error(
        { err, documentId: documentId.slice(0, 200), correlationId },
        'Opening a collaboration connection failed',
      );
      this.refuse(request, socket, head, CLOSE.serverError);
    }
  }

  private connect(ws: WebSocket, room: CollabRoom, access: CollabGrant, writer: CollabWriter, token: string): void {
    const connection = new CollabConnection(ws, room, access.mode, writer, token, access.kind, this.log, (closed) => {
      this.connections.delete(closed);
      this.rooms.released(closed.room);
    });
    this.connections.add(connection);
    room.join(connection);
    this.log.debug(
      { documentId: room.documentId, actorId: writer.actorId, mode: access.mode, correlationId: writer.correlationId },
      'Collaboration connection opened',
    );
  }

  /** Completes the handshake only to close with a code the client understands; nothing else is sent. */
  private refuse(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    close: { code: number; reason: string },
  ): void {
    if (socket.destroyed) return;
    this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(close.code, close.reason));
  }

  private sourceOf(request: IncomingMessage): string | null {
    const forwarded = request.headers['x-forwarded-for'];
    if (this.options.trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
    return request.socket.remoteAddress ?? null;
  }

  /** Commands here sealed or unsealed documents: the rooms here refresh, and the other instances are told. */
  private async stateChanged(documentIds: readonly string[]): Promise<void> {
    for (const documentId of new Set(documentIds)) {
      this.fanout.publish(documentId, { kind: 'state' });
      const room = await this.rooms.find(documentId);
      await room
        ?.refreshState()
        .catch((err: unknown) => this.log.error({ err, documentId }, 'Refreshing a document failed'));
    }
  }

  /**
   * A connection lives longer than the check made when it opened: on each heartbeat its session must still be
   * live (not logged out or expired) and its user must still hold the kind's permissions, or it is closed or
   * made read-only. Keeping a document open counts as activity for the session's idle timeout.
   */
  private revalidating = false;
  private async revalidate(): Promise<void> {
    if (this.revalidating) return;
    this.revalidating = true;
    try {
      for (const connection of [...this.connections]) {
        const actor = await this.sessions.authenticate(connection.token).catch(() => undefined);
        if (actor === undefined) continue; // the database did not answer: check again next time
        const kind = this.kernel.registry.collab.get(connection.kind)?.item;
        if (!actor) connection.close(CLOSE.unauthenticated.code, CLOSE.unauthenticated.reason);
        else if (!kind || !actor.has(kind.readPermission.name))
          connection.close(CLOSE.forbidden.code, CLOSE.forbidden.reason);
        // The care relationship may have ended (a discharge, an emergency access run out) since the document opened.
        else if (
          (await careBasis(this.kernel, kind.readPermission.clinical, actor, connection.writer.patientId)) === null
        )
          connection.close(CLOSE.forbidden.code, CLOSE.forbidden.reason);
        else if (connection.mode === 'edit' && !actor.has(kind.writePermission.name)) {
          connection.mode = 'read';
          connection.send(permissionDeniedMessage('The write permission was withdrawn'));
        }
      }
    } finally {
      this.revalidating = false;
    }
  }

  private async catchUpAll(): Promise<void> {
    for (const room of await this.rooms.all()) {
      await room
        .catchUp()
        .catch((err: unknown) => this.log.error({ err, documentId: room.documentId }, 'Catching up a document failed'));
    }
  }
}
