import { currentLocale } from '@hms/sdk/client';

/** A booking's time as the outbox and its refusals say it, in the language the user chose. */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
