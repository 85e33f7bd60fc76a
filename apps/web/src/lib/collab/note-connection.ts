import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { initialConnection, nextConnection, type ConnectionEvent, type ConnectionState } from './connection-state';
import { LocalWrites } from './local-writes';
import { rememberNoteCopy, noteCopyName } from './note-copies';
import { NOTE_SYNCED, noteClosed, noteOpened } from './open-notes';
import { markUnsent } from './unsent-list';
import { assignColours, editorsIn, userIdsIn, type Editor, type NoteUser } from './presence';

/** The y-websocket message type of the server's "permission denied" (y-protocols auth). */
const MESSAGE_AUTH = 2;

/** The collaboration endpoint of the API this page came from (the session cookie goes with the upgrade). */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

export interface NoteConnectionListener {
  state(state: ConnectionState): void;
  editors(editors: Editor[]): void;
}

/**
 * One open note: its Yjs document, kept in IndexedDB on this computer (so it opens and takes typing offline) and
 * synced live with the server over y-websocket. Whatever is typed offline is in the document and in IndexedDB;
 * when the connection is back the provider's sync sends it and the server merges it with what others wrote.
 */
export class NoteConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence;
  private readonly localWrites: LocalWrites;
  private current: ConnectionState;
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly noteId: string,
    user: NoteUser,
    private readonly listener: NoteConnectionListener,
    /** False for a note the server does not know yet (created offline): kept on this computer only. */
    connect = true,
  ) {
    this.current = initialConnection(navigator.onLine);
    rememberNoteCopy(noteId);
    noteOpened(noteId);
    this.persistence = new IndexeddbPersistence(noteCopyName(noteId), this.doc);
    this.localWrites = new LocalWrites(this.doc, this.persistence);
    this.provider = new WebsocketProvider(collabUrl(window.location), noteId, this.doc, {
      connect: connect && navigator.onLine,
      // Tabs of one browser share IndexedDB and the server; a BroadcastChannel between them adds nothing.
      disableBc: true,
    });
    // Writing done while the connection is down is listed, so it is sent even if this note is not opened again.
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider || origin === this.persistence) return;
      if (!(this.provider.wsconnected && this.provider.synced)) markUnsent(noteId);
    });
    this.provider.awareness.setLocalStateField('user', user);
    // The stock client only logs a refused change; the screen must tell the clinician.
    this.provider.messageHandlers[MESSAGE_AUTH] = () => this.apply({ type: 'denied' });
    this.provider.on('status', ({ status }) => this.apply({ type: 'status', status }));
    this.provider.on('sync', (synced: boolean) => {
      this.apply({ type: 'synced', synced });
      // Back in sync: the background sender may now find what was written offline on the server.
      if (synced) window.dispatchEvent(new Event(NOTE_SYNCED));
    });
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) this.apply({ type: 'closed', code: event.code });
    });
    const awareness = this.provider.awareness;
    const showEditors = () => {
      const states = awareness.getStates() as Map<number, Record<string, unknown>>;
      // Someone joined or left: keep this user's cursor colour distinct from the others'.
      const colour = assignColours(userIdsIn(states)).get(user.id) ?? user.color;
      const mine = states.get(this.doc.clientID)?.user as NoteUser | undefined;
      if (mine && mine.color !== colour) awareness.setLocalStateField('user', { ...user, color: colour });
      listener.editors(editorsIn(states, this.doc.clientID));
    };
    awareness.on('change', showEditors);
    showEditors();
    if (connect) this.followNetwork();
    this.guardUnload();
    listener.state(this.current);
  }

  /** Resolves once the copy on this computer is loaded into the document. */
  whenLoaded(): Promise<unknown> {
    return this.persistence.whenSynced;
  }

  get state(): ConnectionState {
    return this.current;
  }

  destroy(): void {
    noteClosed(this.noteId);
    for (const stop of this.stops) stop();
    this.localWrites.stop();
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  /**
   * Follows the browser's view of the network: offline, the socket is closed at once (a half-dead socket would
   * swallow typing until its 30 s watchdog fires) while the provider keeps trying to reconnect on its own, so a
   * missed "online" event costs seconds, not the connection; back online, it connects at once.
   */
  private followNetwork(): void {
    const online = () => {
      this.apply({ type: 'network', online: true });
      if (this.current.phase !== 'refused') this.provider.connect();
    };
    const offline = () => {
      this.apply({ type: 'network', online: false });
      this.provider.ws?.close();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    this.stops.push(
      () => window.removeEventListener('online', online),
      () => window.removeEventListener('offline', offline),
    );
  }

  /**
   * Offline, the copy on this computer is the only place the writing is; leaving the page while its last changes
   * are still queued for IndexedDB would lose them, so the browser is asked to confirm first (the moment it asks is
   * enough for the queue to finish). Online, each change has already gone to the server.
   */
  private guardUnload(): void {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!this.localWrites.pending || (this.provider.wsconnected && this.provider.synced)) return;
      event.preventDefault();
      event.returnValue = ''; // browsers that predate preventDefault here
    };
    window.addEventListener('beforeunload', beforeUnload);
    this.stops.push(() => window.removeEventListener('beforeunload', beforeUnload));
  }

  private apply(event: ConnectionEvent): void {
    const next = nextConnection(this.current, event);
    if (next === this.current) return;
    this.current = next;
    this.listener.state(next);
  }
}
