import { ianaTimeZone } from '@hms/sdk';

/**
 * An IANA time zone ("Europe/Lisbon"), default UTC, as the analytics reports take it: the zone a printed document
 * shows its times in, so a discharge at 01:30 on the ward's clock does not print as the day before.
 */
export const timeZoneSchema = ianaTimeZone()
  .default('UTC')
  .describe('The time zone the printed times are in (IANA, e.g. "Europe/Lisbon"; default UTC)');
