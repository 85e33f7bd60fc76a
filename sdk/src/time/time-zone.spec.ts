import { ianaTimeZone, isTimeZone } from './time-zone';

describe('time zones', () => {
  it('knows the IANA zones and refuses anything else', () => {
    expect(isTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(ianaTimeZone().safeParse('Africa/Nairobi').success).toBe(true);
    expect(ianaTimeZone().safeParse('x'.repeat(65)).success).toBe(false);
    expect(ianaTimeZone().safeParse('GMT+3; DROP TABLE').error?.issues[0]?.message).toBe(
      'Expected an IANA time zone, e.g. "Europe/Lisbon"',
    );
  });
});
