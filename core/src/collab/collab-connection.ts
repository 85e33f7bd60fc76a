import type { Logger } from 'pino';
import WebSocket from 'ws';
import type { CollabMode } from '@hms/sdk';
import { CLOSE, readClientMessage } from './collab-protocol';
import type { CollabRoom, RoomConnection } from './collab-room';
import type { CollabWriter } from './collab-writer';

/** Bytes waiting to be sent to one client beyond which it is considered stuck. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** One client's WebSocket on a document: decodes its messages for the room and sends the room's. */
export class CollabConnection implements RoomConnection {
  readonly awarenessIds = new Set<number>();
  /** Answered the last ping: a client that misses one is dropped (its TCP connection may be half-open). */
  alive = true;

  constructor(
    private readonly socket: WebSocket,
    readonly room: CollabRoom,
    public mode: CollabMode,
    readonly writer: CollabWriter,
    /** The credential it connected with, checked again on every heartbeat; never logged. */
    readonly token: string,
    /** The document's kind, whose permissions are checked again on every heartbeat. */
    readonly kind: string,
    private readonly log: Logger,
    onClosed: (connection: CollabConnection) => void,
  ) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      try {
        room.receive(this, readClientMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      } catch (err) {
        // A message that does not decode (or an update Yjs cannot read) ends the connection, never the server.
        this.log.warn({ err, documentId: room.documentId }, 'Closing a collaboration connection after a bad message');
        this.close(CLOSE.unreadable.code, CLOSE.unreadable.reason);
      }
    });
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('error', (err) => this.log.debug({ err, documentId: room.documentId }, 'Collaboration socket error'));
    socket.on('close', () => {
      room.leave(this);
      onClosed(this);
    });
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    // A client that stopped reading would make the server hold every update for it: drop it; it resyncs on reconnect.
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.terminate();
      return;
    }
    this.socket.send(message, (err) => {
      if (err) this.socket.terminate();
    });
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING)
      this.socket.close(code, reason);
  }

  /** Sends a ping; terminates the socket when the previous one went unanswered. */
  heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }
}
