import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n/en';
import {
  contactMistakes,
  preferencesChange,
  preferencesForm,
  snoozeChoices,
  stateOf,
  subjectHref,
} from './notification-logic';

const view = {
  contact: { email: 'stores@example.test', phone: null },
  kinds: [
    { kind: 'inventory.low-stock', title: 'Stock below reorder level', description: 'd', email: true, sms: false },
    { kind: 'inventory.lot-expiring', title: 'Lot expiring soon', description: 'd', email: false, sms: false },
  ],
};

describe('snoozeChoices', () => {
  it('offers an hour, four hours, and tomorrow at 08:00 on this computer’s clock', () => {
    const now = new Date(2026, 2, 2, 22, 30);
    const [hour, four, tomorrow] = snoozeChoices(now);
    expect(hour!.until.getTime() - now.getTime()).toBe(3_600_000);
    expect(four!.until.getTime() - now.getTime()).toBe(4 * 3_600_000);
    expect(tomorrow!.until).toEqual(new Date(2026, 2, 3, 8, 0));
    expect([hour, four, tomorrow].map((c) => c!.label)).toEqual([
      t.notifications.snoozeHour,
      t.notifications.snoozeFourHours,
      t.notifications.snoozeTomorrow,
    ]);
  });
});

describe('subjectHref', () => {
  it('opens a path of this client, never another site', () => {
    expect(subjectHref('/inventory/items/42')).toBe('/inventory/items/42');
    expect(subjectHref('//evil.example/x')).toBe('/');
    expect(subjectHref('https://evil.example/')).toBe('/');
  });
});

describe('stateOf', () => {
  const now = new Date('2026-03-02T08:00:00Z');
  const base = { resolvedAt: null, acknowledgedAt: null, snoozedUntil: null, unread: true };
  it('says resolved, acknowledged, snoozed (until when) or unread', () => {
    const when = (iso: string) => `at ${iso}`;
    expect(stateOf({ ...base, resolvedAt: '2026-03-02T07:00:00Z' }, now, when)).toBe(t.notifications.resolved);
    expect(stateOf({ ...base, acknowledgedAt: '2026-03-02T07:00:00Z' }, now, when)).toBe(t.notifications.acknowledged);
    expect(stateOf({ ...base, snoozedUntil: '2026-03-02T09:00:00Z' }, now, when)).toBe(
      'Snoozed until at 2026-03-02T09:00:00Z',
    );
    expect(stateOf({ ...base, snoozedUntil: '2026-03-02T07:00:00Z' }, now, when)).toBe(t.notifications.unread);
    expect(stateOf(base, now, when)).toBe(t.notifications.unread);
  });
});

describe('the preferences form', () => {
  it('sends only what changed: a cleared address as null, a kind whose channels moved', () => {
    const form = preferencesForm(view);
    expect(preferencesChange(view, form)).toEqual({});
    form.email = '  ';
    form.phone = '+44 1632 960961';
    form.kinds[1]!.sms = true;
    expect(preferencesChange(view, form)).toEqual({
      contact: { email: null, phone: '+441632960961' },
      kinds: [{ kind: 'inventory.lot-expiring', email: false, sms: true }],
    });
  });

  it('says which address is wrong in plain words, and accepts empty ones', () => {
    expect(contactMistakes({ email: '', phone: '' })).toEqual({});
    expect(contactMistakes({ email: 'stores at example', phone: '01632 960961' })).toEqual({
      email: t.notifications.badEmail,
      phone: t.notifications.badPhone,
    });
    expect(contactMistakes({ email: 'stores@example.test', phone: '+44 1632 960961' })).toEqual({});
  });
});

describe('the bell', () => {
  it('says the unread count in words', () => {
    expect(t.notifications.bell(null)).toBe('Notifications: none unread');
    expect(t.notifications.bell(0)).toBe('Notifications: none unread');
    expect(t.notifications.bell(3)).toBe('Notifications: 3 unread');
  });
});
