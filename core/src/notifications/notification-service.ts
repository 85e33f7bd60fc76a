import type {
  NotificationKindDefinition,
  NotificationRequest,
  NotificationSubject,
  Sql,
  WardMembershipDefinition,
} from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { audienceAccounts } from './notification-audience';
import { NotificationDeliveryQueue, type PendingDelivery } from './notification-delivery-queue';
import { checkNotificationRequest, checkNotificationSubject } from './notification-request';
import { notificationStore } from './notification-store';

/** A raise or resolve a command asked for (`ctx.notify`, `ctx.resolveNotification`), at the command's time. */
export type RequestedNotification =
  | { readonly action: 'raise'; readonly plugin: string; readonly request: NotificationRequest; readonly at: Date }
  | { readonly action: 'resolve'; readonly plugin: string; readonly subject: NotificationSubject; readonly at: Date };

export interface NotificationServiceDeps {
  readonly db: Database;
  readonly registry: PluginRegistry;
  readonly clock: Clock;
  /** Queues a job run under an id; answers `false` in a process without job queues (see the delivery queue). */
  readonly enqueue?: (job: string, payload: unknown, jobId: string) => Promise<boolean>;
  /** A delivery that could not be queued (it is queued again by the sweep); kind only. */
  readonly onError?: (error: unknown, details: { kind: string }) => void;
  /** The outside channels this installation has a transport for. */
  readonly channels?: { readonly email: boolean; readonly sms: boolean };
}

/**
 * Raises and resolves the plugins' notifications: checks the kind is the plugin's own, resolves the audience to
 * accounts, stores it once per kind and subject — in the raising command's own transaction, or a job's — and, once
 * that committed, queues its outside delivery (e-mail, SMS) as a job of the raising plugin's queue
 * (`<plugin>.deliver-notification`), where the transports run.
 */
export class NotificationService {
  private readonly wardSources: readonly WardMembershipDefinition[];
  private readonly deliveries: NotificationDeliveryQueue;
  private readonly queuing = new Set<Promise<unknown>>();

  /** The outside channels this installation can send by, for the preferences screen. */
  get channels(): { email: boolean; sms: boolean } {
    return { email: this.deps.channels?.email ?? false, sms: this.deps.channels?.sms ?? false };
  }

  constructor(private readonly deps: NotificationServiceDeps) {
    this.wardSources = deps.registry.plugins.flatMap((p) => p.wardMemberships ?? []);
    this.deliveries = new NotificationDeliveryQueue({
      sql: deps.db,
      clock: deps.clock,
      enqueue: deps.enqueue,
      onError: deps.onError,
    });
  }

  /** The plugin's own kind, or a contract error naming the plugin (a bug, not the user's). */
  kindOf(plugin: string, kind: NotificationKindDefinition): NotificationKindDefinition {
    const owned = this.deps.registry.notificationKinds.get(kind.name);
    if (owned?.plugin !== plugin) {
      throw new Error(`Plugin ${plugin} raised a notification kind it does not declare: ${kind.name}`);
    }
    return owned.item;
  }

  /** A job's raise: stored in a transaction of its own, its delivery queued once that committed. */
  async raise(plugin: string, request: NotificationRequest): Promise<{ raised: boolean }> {
    const now = this.deps.clock.now();
    const stored = await this.deps.db.transaction((sql) => this.store(sql, plugin, request, now));
    if (stored) await this.deliveries.queue([stored]);
    return { raised: stored !== undefined };
  }

  async resolve(plugin: string, subject: NotificationSubject): Promise<{ resolved: boolean }> {
    const id = await this.deps.db.transaction((sql) => this.resolveIn(sql, plugin, subject, this.deps.clock.now()));
    return { resolved: id !== undefined };
  }

  async openKeys(plugin: string, kind: NotificationKindDefinition): Promise<string[]> {
    return notificationStore.openKeys(this.deps.db, this.kindOf(plugin, kind).name);
  }

  /**
   * Stores what a batch's commands asked for, in the batch's transaction (so it commits or rolls back with them),
   * and answers the deliveries to queue once it commits. Applied in (kind, subject) order, keeping each subject's
   * own order, so two batches raising the same subjects wait for each other's keys in one order, never in a cycle.
   */
  async storeRequested(sql: Sql, requested: readonly RequestedNotification[]): Promise<PendingDelivery[]> {
    const subjectOf = (item: RequestedNotification): string =>
      item.action === 'raise'
        ? `${item.request.kind.name}\n${item.request.subjectKey}`
        : `${item.subject.kind.name}\n${item.subject.subjectKey}`;
    const ordered = [...requested].sort((a, b) =>
      subjectOf(a) < subjectOf(b) ? -1 : subjectOf(a) > subjectOf(b) ? 1 : 0,
    );
    const pending: PendingDelivery[] = [];
    for (const item of ordered) {
      if (item.action === 'resolve') await this.resolveIn(sql, item.plugin, item.subject, item.at);
      else {
        const stored = await this.store(sql, item.plugin, item.request, item.at);
        if (stored) pending.push(stored);
      }
    }
    return pending;
  }

  /** Queues committed notifications' deliveries in the background; {@link idle} waits for it (tests, shutdown). */
  queueInBackground(pending: readonly PendingDelivery[]): void {
    this.track(this.deliveries.queue(pending)).catch((error: unknown) =>
      this.deps.onError?.(error, { kind: pending[0]?.kind ?? 'unknown' }),
    );
  }

  /**
   * Queues the deliveries of notifications stored but never queued (a crash between a commit and its queuing,
   * Redis unreachable then): at the kernel's start, and by the kernel's periodic `<plugin>.queue-notification-
   * deliveries` job. Answers how many it queued.
   */
  queueUnqueued(plugin?: string): Promise<number> {
    return this.track(this.deliveries.queueUnqueued(plugin));
  }

  /** Resolves once the deliveries queued in the background so far are queued (or reported). */
  async idle(): Promise<void> {
    while (this.queuing.size > 0) await Promise.allSettled([...this.queuing]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    const tracked = work.finally(() => this.queuing.delete(tracked));
    this.queuing.add(tracked);
    return tracked;
  }

  private async store(
    sql: Sql,
    plugin: string,
    request: NotificationRequest,
    now: Date,
  ): Promise<PendingDelivery | undefined> {
    const kind = this.kindOf(plugin, request.kind);
    const checked = checkNotificationRequest(request);
    const recipients = await audienceAccounts(sql, checked.audience, {
      sources: this.wardSources,
      now: now.toISOString(),
    });
    const stored = await notificationStore.raise(
      sql,
      {
        kind: kind.name,
        plugin,
        subjectKey: checked.subjectKey,
        severity: kind.severity,
        audience: checked.audience,
        link: checked.link,
        facts: checked.facts,
        raisedAt: now,
      },
      recipients,
    );
    return stored ? { id: stored.id, plugin, kind: kind.name } : undefined;
  }

  private resolveIn(sql: Sql, plugin: string, subject: NotificationSubject, at: Date): Promise<string | undefined> {
    const kind = this.kindOf(plugin, subject.kind);
    checkNotificationSubject(subject);
    return notificationStore.resolve(sql, kind.name, subject.subjectKey, at);
  }
}
