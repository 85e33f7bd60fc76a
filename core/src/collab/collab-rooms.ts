import { CollabRoom, type RoomDeps } from './collab-room';

/**
 * The documents open on this instance. A document is loaded on its first connection and dropped from memory a
 * little after its last one leaves (a client reconnecting meanwhile finds it still warm).
 */
export class CollabRooms {
  private readonly rooms = new Map<string, Promise<CollabRoom>>();
  /** The loaded rooms, to decide synchronously whether a room is still the open one. */
  private readonly loaded = new Map<string, CollabRoom>();
  private readonly dropTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly dropAfterMs: number,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  /** The open room of a document, loading it first when it is not open. */
  async open(documentId: string, kind: string): Promise<CollabRoom> {
    clearTimeout(this.dropTimers.get(documentId));
    this.dropTimers.delete(documentId);
    let room = this.rooms.get(documentId);
    if (!room) {
      const created = new CollabRoom(documentId, kind, this.deps);
      room = created.load().then(() => {
        this.loaded.set(documentId, created);
        return created;
      });
      this.rooms.set(documentId, room);
      room.catch(() => this.rooms.delete(documentId));
    }
    return room;
  }

  /** The room of a document if it is open here (for signals about documents this instance serves). */
  async find(documentId: string): Promise<CollabRoom | undefined> {
    return this.rooms.get(documentId)?.catch(() => undefined);
  }

  /** All open rooms (after an outage of the fan-out, each catches up). */
  async all(): Promise<CollabRoom[]> {
    const settled = await Promise.allSettled(this.rooms.values());
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }

  /** Called when a connection left: drops the room once it has stayed empty for a while. */
  released(room: CollabRoom): void {
    if (room.connections.size > 0 || this.dropTimers.has(room.documentId)) return;
    const timer = setTimeout(() => void this.drop(room), this.dropAfterMs);
    timer.unref();
    this.dropTimers.set(room.documentId, timer);
  }

  /** Drops every room after its updates are persisted (shutdown). */
  async closeAll(): Promise<void> {
    for (const timer of this.dropTimers.values()) clearTimeout(timer);
    this.dropTimers.clear();
    for (const room of await this.all()) {
      await room.drain();
      await room.close();
    }
    this.rooms.clear();
    this.loaded.clear();
  }

  private async drop(room: CollabRoom): Promise<void> {
    this.dropTimers.delete(room.documentId);
    if (!room.idle) {
      if (room.connections.size === 0) {
        await room.drain();
        return this.drop(room);
      }
      return;
    }
    if (this.loaded.get(room.documentId) !== room) return;
    this.rooms.delete(room.documentId);
    this.loaded.delete(room.documentId);
    await room.close();
  }
}
