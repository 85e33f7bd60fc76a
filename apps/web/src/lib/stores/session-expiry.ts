/**
 * How the client notices its session ended (any API call answered 401) and estimates when it will end (the server
 * slides a web session's expiry with use), without the token: the cookie stays HttpOnly.
 */

/** Calls that answer 401 for a reason other than an ended session (a wrong password is not an expiry). */
const NOT_SESSION_ENDS = ['/api/auth/login', '/api/auth/password'];

/** Whether this answer means the session is gone (signed out elsewhere, expired, account disabled). */
export function meansSessionGone(url: string, status: number): boolean {
  if (status !== 401) return false;
  const path = new URL(url, 'http://client.invalid').pathname;
  return path.startsWith('/api/') && !NOT_SESSION_ENDS.includes(path);
}

/** The server slides a session at most once a minute: an estimate may be this much early, never later. */
const SLIDE_GRANULARITY_MS = 60_000;
/** The warning shows this long before the estimated end. */
export const WARN_BEFORE_MS = 5 * 60_000;

/**
 * When the session ends, on this computer's clock. `/api/auth/me` tells the end on the server's clock; the span
 * from the server's `Date` to it is how long a use keeps the session (clocks that disagree do not matter). Every
 * later answer from the API slid it by about that span.
 */
export class SessionClock {
  private spanMs: number | undefined;
  /** The estimated end (ms since the epoch, this computer's clock); undefined before `/api/auth/me` answered. */
  endsAt: number | undefined;

  /** `/api/auth/me` answered `expiresAt`, its response dated `serverDate` (the `Date` header), received at `now`. */
  answered(expiresAt: string, serverDate: string | null, now: number): void {
    const server = serverDate ? Date.parse(serverDate) : NaN;
    const span = Date.parse(expiresAt) - (Number.isNaN(server) ? now : server);
    if (Number.isNaN(span)) return;
    this.spanMs = span;
    this.endsAt = now + span;
  }

  /** Another call was answered (authenticated) at `now`: the server slid the session, unless it did within a minute. */
  used(now: number): void {
    if (this.spanMs === undefined || this.endsAt === undefined) return;
    this.endsAt = Math.max(this.endsAt, now + this.spanMs - SLIDE_GRANULARITY_MS);
  }

  /** Whether to warn now: within {@link WARN_BEFORE_MS} of the end. */
  ending(now: number): boolean {
    return this.endsAt !== undefined && this.endsAt - now <= WARN_BEFORE_MS;
  }

  forget(): void {
    this.spanMs = undefined;
    this.endsAt = undefined;
  }
}

/**
 * Whose work this computer keeps (the outbox, notes written offline, cached charts): an account id, no patient
 * data. An ended session keeps that work for the same account's next sign-in; another account signing in deletes it
 * first, as signing out would, so nobody sees or sends another person's work.
 */
const DEVICE_OWNER = 'hms.device-owner';

export const deviceOwner = {
  read: (): string | null => localStorage.getItem(DEVICE_OWNER),
  write: (accountId: string): void => localStorage.setItem(DEVICE_OWNER, accountId),
  clear: (): void => localStorage.removeItem(DEVICE_OWNER),
};
