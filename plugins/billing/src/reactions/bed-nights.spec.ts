import { bedNights } from './bed-nights';

const at = (iso: string) => new Date(iso);

describe('bed nights (one bed-day per midnight in the bed)', () => {
  it('counts three nights for an admission on Monday afternoon and a discharge on Thursday morning', () => {
    expect(bedNights(at('2026-03-09T14:00:00Z'), at('2026-03-12T10:00:00Z'))).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
    ]);
  });

  it('charges no bed-day for a stay that crosses no midnight, and never the discharge day', () => {
    expect(bedNights(at('2026-03-09T08:00:00Z'), at('2026-03-09T20:00:00Z'))).toEqual([]);
    expect(bedNights(at('2026-03-09T23:00:00Z'), at('2026-03-10T01:00:00Z'))).toEqual(['2026-03-09']);
  });

  it('counts a midnight once: for the bed taken at it, not for the bed left at it', () => {
    expect(bedNights(at('2026-03-10T00:00:00Z'), at('2026-03-11T00:00:00Z'))).toEqual(['2026-03-09']);
  });

  describe("on the hospital's clock (the plugin's time zone)", () => {
    it('counts the midnights of Nairobi, not of UTC: in at 22:30, out at 02:00 local is one night', () => {
      // 19:30Z to 23:00Z crosses no UTC midnight, but Nairobi's (UTC+3) midnight falls at 21:00Z.
      const [inAt, outAt] = [at('2026-03-09T19:30:00Z'), at('2026-03-09T23:00:00Z')];
      expect(bedNights(inAt, outAt)).toEqual([]);
      expect(bedNights(inAt, outAt, 'Africa/Nairobi')).toEqual(['2026-03-09']);
    });

    it('counts each night once across the spring-forward change (New York, 8 March 2026: a 23-hour day)', () => {
      // In at 20:00 EST on the 7th (01:00Z), out at 10:00 EDT on the 9th (14:00Z): the midnights starting the 8th
      // (05:00Z) and the 9th (04:00Z, an hour earlier in UTC) are both in the bed.
      expect(bedNights(at('2026-03-08T01:00:00Z'), at('2026-03-09T14:00:00Z'), 'America/New_York')).toEqual([
        '2026-03-07',
        '2026-03-08',
      ]);
      // In UTC the same stay crosses one midnight only.
      expect(bedNights(at('2026-03-08T01:00:00Z'), at('2026-03-09T14:00:00Z'))).toEqual(['2026-03-08']);
    });

    it('counts each night once across the fall-back change (London, 25 October 2026: a 25-hour day)', () => {
      // Midnights at 23:00Z on the 24th (BST) and 00:00Z on the 26th (GMT): two nights, the long one counted once.
      expect(bedNights(at('2026-10-24T12:00:00Z'), at('2026-10-26T09:00:00Z'), 'Europe/London')).toEqual([
        '2026-10-24',
        '2026-10-25',
      ]);
      // Left at 23:30 GMT on the 25th, before its midnight (00:00Z): the 25th's night is not charged.
      expect(bedNights(at('2026-10-24T12:00:00Z'), at('2026-10-25T23:30:00Z'), 'Europe/London')).toEqual([
        '2026-10-24',
      ]);
    });

    it('counts a midnight a clock change skips (Santiago, 6 September 2026 begins at 01:00) at the start of the day', () => {
      expect(bedNights(at('2026-09-05T16:00:00Z'), at('2026-09-07T15:00:00Z'), 'America/Santiago')).toEqual([
        '2026-09-05',
        '2026-09-06',
      ]);
    });

    it('takes a bed taken exactly at local midnight as that night', () => {
      expect(bedNights(at('2026-03-09T21:00:00Z'), at('2026-03-10T21:00:00Z'), 'Africa/Nairobi')).toEqual([
        '2026-03-09',
      ]);
    });
  });
});
