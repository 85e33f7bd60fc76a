import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { parseOrThrow, ValidationError, z } from '@hms/sdk';
import { actorOf, PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { Kernel } from '../kernel/kernel';
import { notificationInbox, type InboxItem } from './notification-inbox';

/** An inbox item with its kind's title, the words the inbox shows for it. */
type TitledItem = InboxItem & { readonly title: string };
import { notificationPreferences, type NotificationPreferences } from './notification-preferences';

const listSchema = z.strictObject({
  state: z.enum(['open', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  code: z
    .string()
    .regex(/^N-[A-Z0-9]{8}$/, 'must be a notification code like N-7K3QX9AB')
    .optional(),
});
const idSchema = z.strictObject({ id: z.uuid() });
const snoozeSchema = z.strictObject({ until: z.iso.datetime({ offset: true }) });
/** A snooze is for a while (a shift, a weekend), not a way to silence an alert for good. */
const LONGEST_SNOOZE_DAYS = 14;
const preferencesSchema = z.strictObject({
  contact: z
    .strictObject({
      email: z.email().max(200).nullable().optional(),
      phone: z
        .string()
        .regex(/^\+[1-9][0-9]{6,14}$/, 'must be an international number like +441632960961')
        .nullable()
        .optional(),
    })
    .optional(),
  kinds: z
    .array(z.strictObject({ kind: z.string().max(100), email: z.boolean().optional(), sms: z.boolean().optional() }))
    .max(500)
    .optional(),
});

/**
 * Each person's inbox of the plugins' notifications (`/api/notifications`). Every route serves the signed-in
 * account its own copies only: a notification addressed to someone else is not found (404), whoever asks.
 */
@Controller('notifications')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class NotificationsController {
  constructor(private readonly kernel: Kernel) {}

  @Get()
  async list(
    @Query() query: unknown,
    @Req() request: FastifyRequest,
  ): Promise<{ items: TitledItem[]; unread: number }> {
    const input = parseOrThrow(listSchema, query ?? {});
    const accountId = actorOf(request).id;
    const now = this.kernel.clock.now();
    const [items, unread] = await Promise.all([
      notificationInbox.list(this.kernel.db, accountId, now, input),
      notificationInbox.unreadCount(this.kernel.db, accountId, now),
    ]);
    return { items: items.map((item) => this.titled(item)), unread };
  }

  @Get('unread-count')
  async unread(@Req() request: FastifyRequest): Promise<{ unread: number }> {
    return {
      unread: await notificationInbox.unreadCount(this.kernel.db, actorOf(request).id, this.kernel.clock.now()),
    };
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  async acknowledge(@Param() params: unknown, @Req() request: FastifyRequest): Promise<TitledItem> {
    const { id } = parseOrThrow(idSchema, params);
    const item = await this.kernel.db.transaction((sql) =>
      notificationInbox.acknowledge(sql, actorOf(request).id, id, this.kernel.clock.now()),
    );
    return this.titled(item);
  }

  @Post(':id/snooze')
  @HttpCode(200)
  async snooze(@Param() params: unknown, @Body() body: unknown, @Req() request: FastifyRequest): Promise<TitledItem> {
    const { id } = parseOrThrow(idSchema, params);
    const until = new Date(parseOrThrow(snoozeSchema, body ?? {}).until);
    const now = this.kernel.clock.now();
    if (until <= now) throw new ValidationError([{ path: 'until', message: 'must be in the future' }]);
    if (until.getTime() - now.getTime() > LONGEST_SNOOZE_DAYS * 86_400_000) {
      throw new ValidationError([{ path: 'until', message: `must be within ${LONGEST_SNOOZE_DAYS} days` }]);
    }
    const item = await this.kernel.db.transaction((sql) =>
      notificationInbox.snooze(sql, actorOf(request).id, id, now, until),
    );
    return this.titled(item);
  }

  @Get('preferences')
  async preferences(@Req() request: FastifyRequest): Promise<NotificationPreferences> {
    return this.readPreferences(actorOf(request).id);
  }

  @Put('preferences')
  async changePreferences(@Body() body: unknown, @Req() request: FastifyRequest): Promise<NotificationPreferences> {
    const change = parseOrThrow(preferencesSchema, body ?? {});
    const known = this.kernel.registry.notificationKinds;
    const unknown = (change.kinds ?? []).findIndex((k) => !known.has(k.kind));
    if (unknown >= 0)
      throw new ValidationError([{ path: `kinds.${unknown}.kind`, message: 'is not a notification kind' }]);
    const accountId = actorOf(request).id;
    await this.kernel.db.transaction((sql) => notificationPreferences.change(sql, accountId, change));
    return this.readPreferences(accountId);
  }

  /** A kind whose plugin was since disabled keeps its name as its title. */
  private titled(item: InboxItem): TitledItem {
    return { ...item, title: this.kernel.registry.notificationKinds.get(item.kind)?.item.title ?? item.kind };
  }

  private readPreferences(accountId: string): Promise<NotificationPreferences> {
    return notificationPreferences.read(
      this.kernel.db,
      accountId,
      [...this.kernel.registry.notificationKinds.values()].map((owned) => owned.item),
      this.kernel.notifications.channels,
    );
  }
}
