/**
 * The live channel (`GET /api/live`, Server-Sent Events): one EventSource for the whole client. Screens say which
 * changes concern them and how to refresh; a burst of notices (a batch of bookings) becomes one refresh. After the
 * channel was lost and comes back, every watcher refreshes: notices sent meanwhile are not replayed.
 */
import { LIVE_EVENTS, type ChangeNotice, type NotificationsNotice, type ReportReadyNotice } from '@hms/sdk/client';

/** The part of the browser's EventSource the channel uses (a fake one in tests). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Which changes a screen cares about: a plugin, and optionally event types or stream-id prefixes. */
export interface ChangeFilter {
  readonly plugin: string;
  readonly types?: readonly string[];
  readonly streamPrefixes?: readonly string[];
}

export function matches(filter: ChangeFilter, notice: ChangeNotice): boolean {
  if (notice.plugin !== filter.plugin) return false;
  if (filter.types && !filter.types.includes(notice.type)) return false;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((p) => notice.streamId.startsWith(p))) return false;
  return true;
}

interface Watcher {
  readonly filter: ChangeFilter;
  readonly refresh: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const CLOSED = 2;

export class LiveChannel {
  private source: EventSourceLike | undefined;
  private readonly watchers = new Set<Watcher>();
  private readonly reportListeners = new Set<(notice: ReportReadyNotice) => void>();
  private readonly notificationListeners = new Set<(notice: NotificationsNotice | undefined) => void>();
  private readonly changeListeners = new Set<(notice: ChangeNotice | undefined) => void>();
  private readonly refusalListeners = new Set<() => void>();
  private lost = false;
  private reopenTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the channel is open now (shown by nothing yet; tests read it). */
  connected = false;

  constructor(
    private readonly open: () => EventSourceLike,
    /** Notices within this many ms become one refresh. */
    private readonly coalesceMs = 300,
    /** After the server refused the channel (signed out, server restarting), try again this much later. */
    private readonly reopenMs = 30_000,
  ) {}

  /** Opens the one channel (a second call does nothing); returns the function that closes it. */
  start(): () => void {
    if (!this.source) this.connect();
    return () => this.stop();
  }

  stop(): void {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = undefined;
    this.connected = false;
  }

  /** Calls `refresh` (once per burst) when a matching change arrives, and after a lost channel comes back. */
  watch(filter: ChangeFilter, refresh: () => void): () => void {
    const watcher: Watcher = { filter, refresh, timer: undefined };
    this.watchers.add(watcher);
    return () => {
      clearTimeout(watcher.timer);
      this.watchers.delete(watcher);
    };
  }

  onReportReady(listener: (notice: ReportReadyNotice) => void): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  /**
   * Tells `listener` the account's unread count whenever its notifications change, and `undefined` when a lost
   * channel came back (counts sent meanwhile are not replayed: ask the server).
   */
  onNotifications(listener: (notice: NotificationsNotice | undefined) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  /**
   * Tells `listener` every change notice, and `undefined` when a lost channel came back (the replica store pulls its
   * copies whose replica declared the notice's type, and every copy after a reconnection).
   */
  onChange(listener: (notice: ChangeNotice | undefined) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Calls `listener` when the server refused the channel (an EventSource is not told why: the session may be gone,
   * or the server restarting); the session store then asks the server which.
   */
  onRefused(listener: () => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  private connect(): void {
    const source = this.open();
    this.source = source;
    source.onopen = () => {
      this.connected = true;
      if (this.lost) {
        this.lost = false;
        for (const watcher of this.watchers) this.schedule(watcher);
        for (const listener of this.notificationListeners) listener(undefined);
        for (const listener of this.changeListeners) listener(undefined);
      }
    };
    source.onerror = () => {
      this.connected = false;
      this.lost = true;
      // The browser reconnects by itself after a network loss; after a refusal (401) it gives up: we try later.
      if (source.readyState === CLOSED && this.source === source) {
        this.source = undefined;
        this.reopenTimer = setTimeout(() => this.connect(), this.reopenMs);
        for (const listener of this.refusalListeners) listener();
      }
    };
    source.addEventListener(LIVE_EVENTS.change, (event) => {
      const notice = parse<ChangeNotice>(event);
      if (!notice) return;
      for (const watcher of this.watchers) if (matches(watcher.filter, notice)) this.schedule(watcher);
      for (const listener of this.changeListeners) listener(notice);
    });
    source.addEventListener(LIVE_EVENTS.reportReady, (event) => {
      const notice = parse<ReportReadyNotice>(event);
      if (notice) for (const listener of this.reportListeners) listener(notice);
    });
    source.addEventListener(LIVE_EVENTS.notifications, (event) => {
      const notice = parse<NotificationsNotice>(event);
      if (notice && Number.isInteger(notice.unread))
        for (const listener of this.notificationListeners) listener(notice);
    });
  }

  private schedule(watcher: Watcher): void {
    if (watcher.timer !== undefined) return;
    watcher.timer = setTimeout(() => {
      watcher.timer = undefined;
      if (this.watchers.has(watcher)) watcher.refresh();
    }, this.coalesceMs);
  }
}

function parse<T>(event: MessageEvent): T | undefined {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return undefined;
  }
}

/** The client's channel: same origin, with the session cookie. */
export const live = new LiveChannel(() => new EventSource('/api/live', { withCredentials: true }));
