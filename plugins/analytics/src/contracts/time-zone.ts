import { z } from '@hms/sdk';

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone ("Europe/Lisbon"), default UTC: the zone days are counted in. */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'Expected an IANA time zone, e.g. "Europe/Lisbon"');
