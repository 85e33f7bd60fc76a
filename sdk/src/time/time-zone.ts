import { z } from 'zod';

/** Whether the runtime knows this IANA time zone ("Europe/Lisbon"). Since SDK 2.10. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone the runtime knows ("Europe/Lisbon"), at most 64 characters: the zone a report counts its days
 * in or a printed document shows its times in. Add `.default('UTC')` or `.optional()` as the input needs.
 * Since SDK 2.10.
 * @example
 * z.object({ timeZone: ianaTimeZone().default('UTC') })
 */
export function ianaTimeZone() {
  return z.string().max(64).refine(isTimeZone, 'Expected an IANA time zone, e.g. "Europe/Lisbon"');
}
