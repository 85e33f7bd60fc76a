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
});
