import type { NotificationKindDefinition, NotificationRequest, NotificationSubject } from '@hms/sdk';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { checkNotificationRequest, checkNotificationSubject } from '../notifications/notification-request';
import type { RequestedNotification } from '../notifications/notification-service';

/**
 * Collects a command's notifications while its handler runs (`ctx.notify`, `ctx.resolveNotification`), stored
 * in its batch's transaction once every handler of the batch has run (a refused command's are dropped). The kind
 * must be the command's plugin's own and the request well formed, checked here, so a bad request refuses the
 * command (400) instead of failing the batch.
 */
export class NotificationRequests {
  private readonly requested: RequestedNotification[] = [];

  constructor(
    private readonly registry: PluginRegistry,
    private readonly plugin: string,
    /** The command's time (`meta.now`), when what it raises is raised. */
    private readonly at: Date,
  ) {}

  notify(request: NotificationRequest): void {
    this.checkKind(request.kind);
    checkNotificationRequest(request);
    this.requested.push({ action: 'raise', plugin: this.plugin, request, at: this.at });
  }

  resolve(subject: NotificationSubject): void {
    this.checkKind(subject.kind);
    checkNotificationSubject(subject);
    this.requested.push({ action: 'resolve', plugin: this.plugin, subject, at: this.at });
  }

  get all(): readonly RequestedNotification[] {
    return this.requested;
  }

  private checkKind(kind: NotificationKindDefinition): void {
    if (this.registry.notificationKinds.get(kind.name)?.plugin !== this.plugin) {
      throw new Error(`A command of ${this.plugin} raised a notification kind it does not declare: ${kind.name}`);
    }
  }
}
