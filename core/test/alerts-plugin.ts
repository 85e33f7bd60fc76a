import {
  defineCommand,
  defineJob,
  defineNotificationKind,
  definePermission,
  definePlugin,
  defineWardMembership,
  handleCommand,
  ValidationError,
  z,
  type NotificationAudience,
} from '@hms/sdk';

const SUPPLY_READ = definePermission('alerts:supply:read', 'See supplies');
export const shortage = defineNotificationKind({
  name: 'alerts.shortage',
  title: 'Supply shortage',
  description: 'A supply runs short.',
  severity: 'warning',
  channels: ['email'],
});
export const WARD_ID = '00000000-0000-4000-8000-0000000000a1';
const audienceSchema = z.union([
  z.strictObject({ role: z.string() }),
  z.strictObject({ ward: z.string() }),
  z.strictObject({ person: z.uuid() }),
]);
const payload = z.strictObject({ subjectKey: z.string(), audience: audienceSchema, resolve: z.boolean() });
/** Raises or resolves a shortage, as a plugin's alert job would. */
export const shortageJob = defineJob({
  name: 'alerts.check-shortage',
  payload,
  async handle(input, ctx) {
    if (input.resolve) await ctx.resolveNotification({ kind: shortage, subjectKey: input.subjectKey });
    else
      await ctx.notify({
        kind: shortage,
        subjectKey: input.subjectKey,
        audience: input.audience as NotificationAudience,
        link: '/alerts/supplies',
        // A fact a careless plugin might add: it must stay in the inbox, never reach a transport.
        facts: { patientId: 'p-123', note: 'Jane Example, bed 4' },
      });
  },
});
export const ReportShortage = defineCommand(
  'alerts.ReportShortage',
  z.strictObject({ subjectKey: z.string(), refuse: z.boolean() }),
).returns<{ ok: boolean }>();
const reportShortage = handleCommand(ReportShortage, {
  permission: SUPPLY_READ,
  async handle(data, ctx) {
    ctx.notify({ kind: shortage, subjectKey: data.subjectKey, audience: { role: 'supply-clerk' }, link: '/alerts' });
    if (data.refuse) throw new ValidationError([{ path: 'refuse', message: 'refused on purpose' }]);
    return { ok: true };
  },
});
/** A small plugin that raises and resolves notifications from a job and a command, for the kernel's tests. */
export const alertsPlugin = definePlugin({
  name: 'alerts',
  version: '1.0.0',
  sdk: '^2.3.0',
  permissions: [SUPPLY_READ],
  commands: [reportShortage],
  jobs: [shortageJob],
  notificationKinds: [shortage],
  // The ward's team: the practitioner linked to an account, as adt's ward staff name them.
  wardMemberships: [
    defineWardMembership({ name: 'alerts.ward', find: async ({ wardId }) => (wardId === WARD_ID ? ['pr-7'] : []) }),
  ],
});
