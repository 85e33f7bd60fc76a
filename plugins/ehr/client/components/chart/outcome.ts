import { formatDateTime } from '$lib/i18n/format';
import { currentLocale } from '@hms/sdk/client';
import { messages as msg } from '../../messages';
import type { OutboxEntry } from '$lib/stores/outbox';

/**
 * What to tell the user after a chart command was queued and tried: saved, or kept for later. A refusal says
 * nothing here: the chart lists it with the reason until the user dismisses it (RefusedCommands).
 */
export function outcomeMessage(after: OutboxEntry | undefined): string {
  if (!after) return msg.chart.saved;
  return after.status === 'rejected' ? '' : msg.chart.kept;
}

/** A date and time as a ward reads it (the browser's locale and zone). */
export const when = (iso: string): string => formatDateTime(iso);
export const shortWhen = (iso: string): string =>
  new Date(iso).toLocaleString(currentLocale(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
