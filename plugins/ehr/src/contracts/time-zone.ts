import { z } from '@hms/sdk';

/** Whether the runtime knows this IANA time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone ("Europe/Lisbon"), default UTC, as the analytics reports take it: the zone a printed document
 * shows its times in, so a discharge at 01:30 on the ward's clock does not print as the day before.
 */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Expected an IANA time zone, e.g. "Europe/Lisbon"')
  .default('UTC')
  .describe('The time zone the printed times are in (IANA, e.g. "Europe/Lisbon"; default UTC)');
