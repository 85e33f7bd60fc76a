import type {
  NotificationKindDefinition,
  NotificationRequest,
  NotificationSubject,
  WardMembershipDefinition,
} from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { audienceAccounts } from './notification-audience';
import { checkNotificationRequest, checkNotificationSubject } from './notification-request';
import { notificationStore } from './notification-store';
import { deliverNotificationJobName } from './deliver-notification.job';

/** A raise or resolve a committed command asked for (`ctx.notify`, `ctx.resolveNotification`). */
export type RequestedNotification =
  | { readonly action: 'raise'; readonly plugin: string; readonly request: NotificationRequest }
  | { readonly action: 'resolve'; readonly plugin: string; readonly subject: NotificationSubject };

export interface NotificationServiceDeps {
  readonly db: Database;
  readonly registry: PluginRegistry;
  readonly clock: Clock;
  /** Queues a job run under an id (a second queuing is a no-op); absent in a process without job queues. */
  readonly enqueue?: (job: string, payload: unknown, jobId: string) => Promise<unknown>;
  readonly onError?: (error: unknown, details: { kind: string }) => void;
  /** The outside channels this installation has a transport for. */
  readonly channels?: { readonly email: boolean; readonly sms: boolean };
}

/**
 * Raises and resolves the plugins' notifications: checks the kind is the plugin's own, resolves the audience to
 * accounts, stores it once per kind and subject, and queues its outside delivery (e-mail, SMS) as a job of the
 * raising plugin's queue (`<plugin>.deliver-notification`), where the transports run.
 */
export class NotificationService {
  private readonly wardSources: readonly WardMembershipDefinition[];
  private readonly applying = new Set<Promise<void>>();

  /** The outside channels this installation can send by, for the preferences screen. */
  get channels(): { email: boolean; sms: boolean } {
    return { email: this.deps.channels?.email ?? false, sms: this.deps.channels?.sms ?? false };
  }

  constructor(private readonly deps: NotificationServiceDeps) {
    this.wardSources = deps.registry.plugins.flatMap((p) => p.wardMemberships ?? []);
  }

  /** The plugin's own kind, or a contract error naming the plugin (a bug, not the user's). */
  kindOf(plugin: string, kind: NotificationKindDefinition): NotificationKindDefinition {
    const owned = this.deps.registry.notificationKinds.get(kind.name);
    if (owned?.plugin !== plugin) {
      throw new Error(`Plugin ${plugin} raised a notification kind it does not declare: ${kind.name}`);
    }
    return owned.item;
  }

  async raise(plugin: string, request: NotificationRequest): Promise<{ raised: boolean }> {
    const kind = this.kindOf(plugin, request.kind);
    const checked = checkNotificationRequest(request);
    const now = this.deps.clock.now();
    const raised = await this.deps.db.transaction(async (sql) => {
      const recipients = await audienceAccounts(sql, checked.audience, {
        sources: this.wardSources,
        now: now.toISOString(),
      });
      return notificationStore.raise(
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
    });
    if (raised && this.deps.enqueue) {
      await this.deps.enqueue(deliverNotificationJobName(plugin), { notificationId: raised.id }, raised.id);
    }
    return { raised: raised !== undefined };
  }

  async resolve(plugin: string, subject: NotificationSubject): Promise<{ resolved: boolean }> {
    const kind = this.kindOf(plugin, subject.kind);
    checkNotificationSubject(subject);
    const id = await this.deps.db.transaction((sql) =>
      notificationStore.resolve(sql, kind.name, subject.subjectKey, this.deps.clock.now()),
    );
    return { resolved: id !== undefined };
  }

  async openKeys(plugin: string, kind: NotificationKindDefinition): Promise<string[]> {
    return notificationStore.openKeys(this.deps.db, this.kindOf(plugin, kind).name);
  }

  /** Applies committed commands' requests in the background; {@link idle} waits for them (tests, shutdown). */
  applyInBackground(requested: readonly RequestedNotification[]): void {
    const applying = this.applyRequested(requested).finally(() => this.applying.delete(applying));
    this.applying.add(applying);
  }

  /** Resolves once what committed commands asked for so far is applied. */
  async idle(): Promise<void> {
    while (this.applying.size > 0) await Promise.all([...this.applying]);
  }

  /**
   * Applies what committed commands asked for, in order. The commands have committed: a failure here cannot undo
   * them, so it is reported (kind only) and the rest go on; a job that checks conditions raises it again next run.
   */
  async applyRequested(requested: readonly RequestedNotification[]): Promise<void> {
    for (const item of requested) {
      const kind = item.action === 'raise' ? item.request.kind : item.subject.kind;
      try {
        if (item.action === 'raise') await this.raise(item.plugin, item.request);
        else await this.resolve(item.plugin, item.subject);
      } catch (error) {
        this.deps.onError?.(error, { kind: kind.name });
      }
    }
  }
}
