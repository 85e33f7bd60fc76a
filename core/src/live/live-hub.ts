import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@hms/sdk';
import type { Subscription } from 'rxjs';
import { API_OPTIONS, type ApiOptions } from '../app/api-options';
import { Kernel } from '../kernel/kernel';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { ReportRunFinished } from '../reports/report-run-finished.event';
import { LIVE_EVENTS, type ChangeNotice, type NotificationsNotice, type ReportReadyNotice } from '@hms/sdk/client';
import { readPermissionsByPlugin } from './plugin-read-permissions';
import { NotificationFollower, type NotificationChange } from './notification-follower';
import { StoreFollower } from './store-follower';

/** One open live channel: whose it is, what they may read, and how to write to it. */
export interface LiveClient {
  readonly accountId: string;
  /** Whether the account holds `permission` now (re-checked at every heartbeat by the controller). */
  may(permission: string): boolean;
  /** Whether the account may hear of a change to this patient's clinical data (the care-relationship rule). */
  reaches(patientId: string): Promise<boolean>;
  send(event: string, data: unknown): void;
}

/**
 * The live channels open on this API process. While at least one is open it follows the event store and tells
 * each client about changes in the plugins it may read, and it forwards {@link ReportRunFinished} to the account
 * that asked for the run. With no client it reads nothing, so an idle server costs nothing.
 */
@Injectable()
export class LiveHub implements OnModuleInit, OnApplicationShutdown {
  private readonly clients = new Set<LiveClient>();
  private readonly readers: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly ownerOf: (eventType: string) => string | undefined;
  private readonly clinicalPlugins: ReadonlySet<string>;
  private readonly patientOf: (event: RecordedEvent) => string | undefined;
  private readonly follower: StoreFollower;
  private readonly notifications: NotificationFollower;
  private reports: Subscription | undefined;
  private following: Promise<void> = Promise.resolve();

  constructor(
    kernel: Kernel,
    private readonly events: EventBus,
    @Inject(API_OPTIONS) options: ApiOptions,
  ) {
    this.readers = readPermissionsByPlugin(kernel.registry);
    this.ownerOf = (type) => kernel.registry.events.get(type)?.plugin;
    this.clinicalPlugins = clinicalPluginsOf(kernel.registry);
    this.patientOf = (event) => patientOfEvent(kernel.registry, event);
    this.follower = new StoreFollower(kernel.db, kernel.store, (batch) => this.announce(batch), options.live?.pollMs);
    this.notifications = new NotificationFollower(
      kernel.db,
      () => kernel.clock.now(),
      (changes) => this.notificationsChanged(changes),
      options.live?.pollMs,
    );
  }

  onModuleInit(): void {
    this.reports = this.events.subscribe((event) => {
      if (event instanceof ReportRunFinished) this.reportReady(event);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.reports?.unsubscribe();
    this.clients.clear();
    await this.following;
    await this.follower.stop();
    await this.notifications.stop();
  }

  /** The number of open channels (for tests and the health of the process). */
  get size(): number {
    return this.clients.size;
  }

  /** Adds a client; resolves once the store is being followed, so nothing committed after this is missed. */
  async join(client: LiveClient): Promise<void> {
    this.clients.add(client);
    if (this.clients.size === 1) {
      this.following = this.following.then(async () => {
        await this.follower.start();
        await this.notifications.start();
      });
    }
    await this.following;
  }

  leave(client: LiveClient): void {
    if (!this.clients.delete(client) || this.clients.size > 0) return;
    this.following = this.following.then(async () => {
      await this.follower.stop();
      await this.notifications.stop();
    });
  }

  private async announce(batch: readonly RecordedEvent[]): Promise<void> {
    for (const event of batch) {
      // The plugin that declares the event type; events of plugins not enabled here are nobody's business.
      const plugin = this.ownerOf(event.type);
      const readers = plugin === undefined ? undefined : this.readers.get(plugin);
      if (plugin === undefined || !readers) continue;
      const notice: ChangeNotice = {
        plugin,
        type: event.type,
        streamId: event.streamId,
        position: event.position.toString(),
      };
      // A clinical plugin's notice names a patient: it goes to those who may reach that patient's record.
      const patientId = this.clinicalPlugins.has(plugin) ? this.patientOf(event) : undefined;
      for (const client of this.clients) {
        if (![...readers].some((permission) => client.may(permission))) continue;
        if (patientId !== undefined && !(await client.reaches(patientId).catch(() => false))) continue;
        client.send(LIVE_EVENTS.change, notice);
      }
    }
  }

  /** Tells each account whose notifications changed its unread count, on every channel it has open. */
  private notificationsChanged(changes: readonly NotificationChange[]): void {
    const byAccount = new Map(changes.map((change) => [change.accountId, change.unread]));
    for (const client of this.clients) {
      const unread = byAccount.get(client.accountId);
      if (unread === undefined) continue;
      const notice: NotificationsNotice = { unread };
      client.send(LIVE_EVENTS.notifications, notice);
    }
  }

  private reportReady(event: ReportRunFinished): void {
    const notice: ReportReadyNotice = { runId: event.runId, status: event.status };
    for (const client of this.clients) {
      if (client.accountId === event.requestedBy) client.send(LIVE_EVENTS.reportReady, notice);
    }
  }
}

/** Plugins with a clinical query: their notices follow the care-relationship rule. */
function clinicalPluginsOf(registry: PluginRegistry): ReadonlySet<string> {
  const plugins = new Set<string>();
  for (const { plugin, item } of registry.queries.values()) if (item.permission.clinical) plugins.add(plugin);
  return plugins;
}

/** The patient an event is about: as its timeline entry names it, else its `patientId` field. */
function patientOfEvent(registry: PluginRegistry, event: RecordedEvent): string | undefined {
  const definition = registry.events.get(event.type)?.item;
  const data = event.data as { patientId?: unknown };
  try {
    const fromTimeline = definition?.timeline?.(event.data as never)?.patientId;
    if (fromTimeline) return fromTimeline;
  } catch {
    // A description that cannot read an old event's shape: fall back to the field.
  }
  return typeof data.patientId === 'string' ? data.patientId : undefined;
}
