import { api } from '$lib/api/client';
import { UnreadCountTracker } from '$lib/components/notifications/unread-count';
import { live } from './live';

/**
 * The signed-in person's unread notifications, as the bell shows them: asked at start and whenever the live channel
 * came back, and told by the live channel's `notifications` event in between. `null` until first known.
 */
class Notifications {
  unread = $state<number | null>(null);
  private readonly tracker = new UnreadCountTracker((unread) => (this.unread = unread));

  /** Starts following the count; returns the function that stops. */
  start(): () => void {
    const stop = live.onNotifications((notice) => {
      if (notice) this.tracker.notice(notice.unread);
      else void this.refresh();
    });
    void this.refresh();
    return stop;
  }

  /** Asks the server for the count (offline: the count shown stays). */
  refresh(): Promise<void> {
    return this.tracker.refresh(async () => {
      try {
        const { data } = await api.GET('/api/notifications/unread-count');
        return data?.unread;
      } catch {
        return undefined;
      }
    });
  }

  /** The count an inbox answer carried, as fresh as a notice. */
  known(unread: number): void {
    this.tracker.notice(unread);
  }
}

export const notifications = new Notifications();
