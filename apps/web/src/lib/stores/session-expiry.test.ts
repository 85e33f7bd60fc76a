import { describe, expect, it } from 'vitest';
import { meansSessionGone, SessionClock, WARN_BEFORE_MS } from './session-expiry';

const HOUR = 3_600_000;

describe('meansSessionGone', () => {
  it('reads a 401 from the API as an ended session', () => {
    expect(meansSessionGone('http://h/api/patients/search', 401)).toBe(true);
    expect(meansSessionGone('/api/auth/me', 401)).toBe(true);
  });

  it('not a wrong password at sign-in or password change, nor other answers', () => {
    expect(meansSessionGone('http://h/api/auth/login', 401)).toBe(false);
    expect(meansSessionGone('http://h/api/auth/password', 401)).toBe(false);
    expect(meansSessionGone('http://h/api/patients', 403)).toBe(false);
    expect(meansSessionGone('http://h/api/patients', 200)).toBe(false);
    expect(meansSessionGone('http://h/other/401', 401)).toBe(false);
  });
});

describe('SessionClock', () => {
  it("takes the span from the server's own clock, so a computer whose clock is wrong still warns in time", () => {
    const clock = new SessionClock();
    const serverNow = Date.parse('2026-01-01T08:00:00Z');
    const computerNow = serverNow + 17 * 60_000; // 17 minutes fast
    clock.answered(new Date(serverNow + 12 * HOUR).toISOString(), new Date(serverNow).toUTCString(), computerNow);
    expect(clock.endsAt).toBe(computerNow + 12 * HOUR);
    expect(clock.ending(computerNow)).toBe(false);
    expect(clock.ending(computerNow + 12 * HOUR - WARN_BEFORE_MS + 1)).toBe(true);
  });

  it('slides with each answered call, a minute early at most, and never backwards', () => {
    const clock = new SessionClock();
    clock.answered(new Date(12 * HOUR).toISOString(), new Date(0).toUTCString(), 0);
    clock.used(3 * HOUR);
    expect(clock.endsAt).toBe(15 * HOUR - 60_000);
    clock.used(3 * HOUR - 1);
    expect(clock.endsAt).toBe(15 * HOUR - 60_000);
  });

  it('knows nothing before the server answered, and after forgetting', () => {
    const clock = new SessionClock();
    clock.used(1);
    expect(clock.ending(Number.MAX_SAFE_INTEGER)).toBe(false);
    clock.answered(new Date(HOUR).toISOString(), null, 0);
    expect(clock.endsAt).toBe(HOUR);
    clock.forget();
    expect(clock.endsAt).toBeUndefined();
  });
});
