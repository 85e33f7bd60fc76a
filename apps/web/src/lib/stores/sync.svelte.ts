import { sendCommand } from './commands';
import { outbox } from './local';
import type { OutboxEntry } from './outbox';

const RETRY_MS = 15_000;

/**
 * The connection and the outbox as the indicator shows them, and the loop that sends waiting commands: at start,
 * when the browser comes back online, after every new command, and every 15 s while some are waiting.
 */
class Sync {
  online = $state(true);
  sending = $state(false);
  entries = $state<readonly OutboxEntry[]>([]);
  waiting = $derived(this.entries.filter((e) => e.status === 'waiting').length);
  rejected = $derived(this.entries.filter((e) => e.status === 'rejected'));
  private timer: ReturnType<typeof setInterval> | undefined;

  /** Starts watching; returns the function that stops it. */
  start(): () => void {
    this.online = navigator.onLine;
    const unsubscribe = outbox.subscribe((entries) => (this.entries = entries));
    const goOnline = () => { this.online = true; void this.flush(); };
    const goOffline = () => (this.online = false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    this.timer = setInterval(() => { if (this.waiting > 0) void this.flush(); }, RETRY_MS);
    void this.flush();
    return () => {
      unsubscribe();
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      clearInterval(this.timer);
    };
  }

  async flush(): Promise<void> {
    if (!navigator.onLine) return;
    this.sending = true;
    try {
      await outbox.flush(sendCommand);
    } finally {
      this.sending = false;
    }
  }
}

export const sync = new Sync();
