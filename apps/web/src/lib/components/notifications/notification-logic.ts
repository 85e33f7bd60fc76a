import { t } from '$lib/i18n/en';

/** A snooze the inbox offers: for an hour, four hours, or until tomorrow morning. */
export interface SnoozeChoice {
  readonly value: 'hour' | 'four-hours' | 'tomorrow';
  readonly label: string;
  readonly until: Date;
}

/** When "tomorrow" ends a snooze: the start of a day shift, on this computer's clock. */
const TOMORROW_HOUR = 8;

export function snoozeChoices(now: Date): SnoozeChoice[] {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(TOMORROW_HOUR, 0, 0, 0);
  return [
    { value: 'hour', label: t.notifications.snoozeHour, until: new Date(now.getTime() + 3_600_000) },
    { value: 'four-hours', label: t.notifications.snoozeFourHours, until: new Date(now.getTime() + 4 * 3_600_000) },
    { value: 'tomorrow', label: t.notifications.snoozeTomorrow, until: tomorrow },
  ];
}

/** Where the inbox opens a notification: the plugin's path in this client, never another site. */
export function subjectHref(link: string): string {
  return /^\/(?!\/)/.test(link) ? link : '/';
}

/** One notification's state in words, as its row says it. */
export function stateOf(
  item: { resolvedAt: string | null; acknowledgedAt: string | null; snoozedUntil: string | null; unread: boolean },
  now: Date,
  when: (iso: string) => string,
): string {
  if (item.resolvedAt) return t.notifications.resolved;
  if (item.acknowledgedAt) return t.notifications.acknowledged;
  if (item.snoozedUntil && new Date(item.snoozedUntil) > now)
    return t.notifications.snoozedUntil(when(item.snoozedUntil));
  return t.notifications.unread;
}

/** The preferences as the form edits them: addresses as typed, and each kind's two outside channels. */
export interface PreferencesForm {
  email: string;
  phone: string;
  kinds: { kind: string; title: string; description: string; email: boolean; sms: boolean }[];
}

export interface PreferencesView {
  readonly contact: { readonly email: string | null; readonly phone: string | null };
  readonly kinds: readonly {
    readonly kind: string;
    readonly title: string;
    readonly description: string;
    readonly email: boolean;
    readonly sms: boolean;
  }[];
}

export function preferencesForm(view: PreferencesView): PreferencesForm {
  return {
    email: view.contact.email ?? '',
    phone: view.contact.phone ?? '',
    kinds: view.kinds.map(({ kind, title, description, email, sms }) => ({ kind, title, description, email, sms })),
  };
}

/** The addresses' mistakes by field, said before asking the server (which checks the same). */
export function contactMistakes(form: Pick<PreferencesForm, 'email' | 'phone'>): Record<string, string> {
  const mistakes: Record<string, string> = {};
  const email = form.email.trim();
  const phone = form.phone.replace(/[\s-]/g, '');
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) mistakes.email = t.notifications.badEmail;
  if (phone !== '' && !/^\+[1-9][0-9]{6,14}$/.test(phone)) mistakes.phone = t.notifications.badPhone;
  return mistakes;
}

/** What changed since the preferences were read, as the `PUT` body: only the changed address and kinds. */
export function preferencesChange(
  before: PreferencesView,
  form: PreferencesForm,
): {
  contact?: { email?: string | null; phone?: string | null };
  kinds?: { kind: string; email: boolean; sms: boolean }[];
} {
  const email = form.email.trim() === '' ? null : form.email.trim();
  const phone = form.phone.replace(/[\s-]/g, '') === '' ? null : form.phone.replace(/[\s-]/g, '');
  const contact = {
    ...(email !== before.contact.email ? { email } : {}),
    ...(phone !== before.contact.phone ? { phone } : {}),
  };
  const kinds = form.kinds
    .filter((k) => {
      const was = before.kinds.find((b) => b.kind === k.kind);
      return !was || was.email !== k.email || was.sms !== k.sms;
    })
    .map(({ kind, email: byEmail, sms }) => ({ kind, email: byEmail, sms }));
  return {
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
  };
}
