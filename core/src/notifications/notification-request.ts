import { parseOrThrow, z, type NotificationRequest, type NotificationSubject } from '@hms/sdk';

const subjectKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:._-]+$/, 'must be ids joined by colons, dots or dashes');
const id = z.string().min(1).max(100);
const requestSchema = z.object({
  subjectKey,
  audience: z.union([z.strictObject({ role: id }), z.strictObject({ ward: id }), z.strictObject({ person: z.uuid() })]),
  // A path of the web client; never another site, and never a query that could carry a name.
  link: z
    .string()
    .max(300)
    .regex(/^\/(?!\/)[A-Za-z0-9/_.~-]*(\?[A-Za-z0-9=&_.~:-]*)?$/, 'must be a path of the web client'),
  facts: z.record(z.string(), z.union([z.string().max(100), z.number(), z.boolean(), z.null()])).default({}),
});

/** A request whose shape the kernel checked (a bad one is a `ValidationError`: the plugin's bug, said plainly). */
export type CheckedNotification = Omit<NotificationRequest, 'facts'> & {
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
};

export function checkNotificationRequest(request: NotificationRequest): CheckedNotification {
  const checked = parseOrThrow(requestSchema, {
    subjectKey: request.subjectKey,
    audience: request.audience,
    link: request.link,
    facts: request.facts,
  });
  return { ...checked, kind: request.kind };
}

export function checkNotificationSubject(subject: NotificationSubject): NotificationSubject {
  parseOrThrow(z.object({ subjectKey }), { subjectKey: subject.subjectKey });
  return subject;
}
