import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HmsError } from '@hms/sdk';
import { normalizeUsername } from './credentials-policy';

/** Too many sign-in attempts from this address or for this account: try again after `retryAfterSeconds` (429). */
export class TooManyAttemptsError extends HmsError {
  override readonly status = 429;
}

/** One limit: at most `attempts` failed sign-ins per `windowSeconds`, after which the key waits out the window. */
export interface AttemptLimit {
  readonly attempts: number;
  readonly windowSeconds: number;
}

/**
 * The limits of {@link LoginThrottle}. Short windows that slow guessing down rather than locks that shut the owner
 * out: a person who mistypes waits minutes, not a quarter of an hour on a stranger's say-so.
 */
export interface LoginThrottleLimits {
  /** Per client address, whatever the username (credential stuffing from one place): 30 per 5 min. */
  readonly perAddress: AttemptLimit;
  /** Per username from one address (a guesser at one machine): 10 per 15 min. Others are unaffected. */
  readonly perAccountAndAddress: AttemptLimit;
  /** Per username from all addresses together (a distributed guesser): 50 per 5 min; slows, never locks for long. */
  readonly perAccount: AttemptLimit;
}

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = {
  perAddress: { attempts: 30, windowSeconds: 300 },
  perAccountAndAddress: { attempts: 10, windowSeconds: 900 },
  perAccount: { attempts: 50, windowSeconds: 300 },
};

export interface LoginThrottleOptions {
  /** Where the counters live, shared by every API instance; without it they are per process (tests, embedded). */
  readonly redisUrl?: string;
  /** Key prefix in Redis (the installation's queue prefix, so two installations do not share counters). */
  readonly prefix?: string;
  readonly limits?: LoginThrottleLimits;
}

/**
 * Counts sign-in attempts with `rate-limiter-flexible` (atomic counters in Redis, an in-process counter as insurance
 * when Redis is unreachable).
 *
 * - Per address, and per username from one address: an attempt takes its point *before* the password is checked,
 *   atomically, so forty parallel guesses cannot all pass a check made before any of them was counted. A correct
 *   password gives back its own point and nothing more: a lucky guess does not wipe out the failures around it.
 * - Per username from everywhere: only failures count, and the password is checked before deciding. While the
 *   account's window is spent, a right password still gets in from an address with no failure of its own for the
 *   account, so a stranger who knows the username cannot keep its owner out; everyone else waits out the window.
 * @example
 * const ticket = await throttle.admit(username, source); // throws TooManyAttemptsError (429)
 * await (right ? throttle.succeeded(ticket) : throttle.failed(ticket));
 */
export class LoginThrottle {
  private readonly redis: Redis | undefined;
  private readonly address: RateLimiterAbstract;
  private readonly accountAtAddress: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;

  constructor(options: LoginThrottleOptions = {}) {
    const limits = options.limits ?? DEFAULT_LOGIN_LIMITS;
    const prefix = `${options.prefix ?? 'hms'}:login`;
    this.redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
    const limiterOf = (name: string, limit: AttemptLimit): RateLimiterAbstract => {
      const shape = { keyPrefix: `${prefix}:${name}`, points: limit.attempts, duration: limit.windowSeconds };
      if (!this.redis) return new RateLimiterMemory(shape);
      return new RateLimiterRedis({
        ...shape,
        storeClient: this.redis,
        insuranceLimiter: new RateLimiterMemory(shape),
      });
    };
    this.address = limiterOf('address', limits.perAddress);
    this.accountAtAddress = limiterOf('account-address', limits.perAccountAndAddress);
    this.account = limiterOf('account', limits.perAccount);
  }

  /** Takes this attempt's points (address first: a refused address spends nothing else); refuses a spent one. */
  async admit(username: string, source: string | null): Promise<LoginTicket> {
    const keys = { address: source ?? 'unknown', account: normalizeUsername(username) };
    const pairKey = `${keys.account}|${keys.address}`;
    await consumeOrRefuse(this.address, keys.address);
    const pair = await consumeOrRefuse(this.accountAtAddress, pairKey);
    const account = await this.account.get(keys.account);
    const accountSpent = account !== null && account.remainingPoints <= 0 ? account : undefined;
    return { ...keys, pairKey, accountSpent, firstFromAddress: pair.consumedPoints === 1 };
  }

  /** A wrong password: counts against the account too; answers the refusal to throw when its window is spent. */
  async failed(ticket: LoginTicket): Promise<TooManyAttemptsError | undefined> {
    await this.account.consume(ticket.account).catch((refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
    });
    return ticket.accountSpent ? tooMany(ticket.accountSpent) : undefined;
  }

  /** A right password: refused only while the account's window is spent and this address failed for it already. */
  async succeeded(ticket: LoginTicket): Promise<void> {
    if (ticket.accountSpent && !ticket.firstFromAddress) throw tooMany(ticket.accountSpent);
    await Promise.all([this.address.reward(ticket.address, 1), this.accountAtAddress.reward(ticket.pairKey, 1)]);
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

/** The counters one attempt touched, and what the account-wide counter said when it began. */
export interface LoginTicket {
  readonly address: string;
  readonly account: string;
  readonly pairKey: string;
  readonly accountSpent: RateLimiterRes | undefined;
  readonly firstFromAddress: boolean;
}

async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw tooMany(refusal);
    throw refusal;
  }
}

function tooMany(wait: RateLimiterRes): TooManyAttemptsError {
  return new TooManyAttemptsError('TOO_MANY_LOGIN_ATTEMPTS', {
    retryAfterSeconds: Math.max(1, Math.ceil(wait.msBeforeNext / 1000)),
  });
}
