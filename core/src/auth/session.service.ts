import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '@hms/sdk';
import { AUTH_LISTENER_APPLICATION, MARKER_PREFIX } from './auth-change-listener';
import { AUTH_CHANGED_CHANNEL } from './auth.migrations';
import { UnauthenticatedError } from './unauthenticated-error';
import type { Database } from '../database/database';
import { AuthenticatedActor } from './authenticated-actor';
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './credentials-policy';
import { findLoginAccount, recordSuccessfulLogin } from './login-attempts';
import { LoginThrottle } from './login-throttle';
import type { CachedSession, SessionCache } from './session-cache';
import { PasswordHasher } from './password-hasher';
import { sqlState } from './pg-errors';
import { generateSessionToken, hashSessionToken, isWellFormedSessionToken } from './session-token';

/** Tunables of {@link SessionService}; the defaults are the hospital policy. */
export interface SessionServiceOptions {
  readonly clock?: { now(): Date };
  readonly hasher?: PasswordHasher;
  /** A web session ends after this long without a request (12 h). */
  readonly sessionIdleMs?: number;
  /** An API token lives this long from its creation, however much it is used (30 days). */
  readonly apiTokenTtlMs?: number;
  /** A session's expiry slides at most this often, so reads do not each cost a write (1 min). */
  readonly touchIntervalMs?: number;
  /** Counts sign-in attempts per address and account (default: in-process counters with the default limits). */
  readonly throttle?: LoginThrottle;
  /**
   * Resolved sessions kept between requests. Only safe with an {@link AuthChangeListener} feeding it (the API does
   * that on a PostgreSQL server); without one, every request reads its session from the database.
   */
  readonly cache?: SessionCache;
  /**
   * The permissions a session's SMART scopes map to (the API derives them from the enabled FHIR contributions). A
   * scoped session has only those of its roles' permissions; without this mapping it has none (fail closed).
   */
  readonly scopePermissions?: (scopes: readonly string[]) => ReadonlySet<string>;
}

/** A new session: the token is shown to the client once and never stored. */
export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: Date;
}

export interface LoginResult extends IssuedToken {
  readonly account: AuthenticatedActor;
}

interface ActorRow {
  id: string;
  username: string;
  display_name: string;
  kind: 'session' | 'api';
  expires_at: Date;
  last_seen_at: Date;
  permissions: string[];
  scopes: string[] | null;
}

const HOUR = 3_600_000;

/** One query: the live session's account and the union of its roles' permissions. */
const ACTOR_QUERY = `
  SELECT a.id, a.username, a.display_name, s.kind, s.expires_at, s.last_seen_at, s.scopes,
         coalesce(array_agg(DISTINCT p.permission) FILTER (WHERE p.permission IS NOT NULL), '{}') AS permissions
    FROM core.sessions s
    JOIN core.accounts a ON a.id = s.account_id AND NOT a.disabled
    LEFT JOIN core.account_roles ar ON ar.account_id = a.id
    LEFT JOIN core.roles r ON r.name = ar.role
    LEFT JOIN LATERAL unnest(r.permissions) AS p (permission) ON true
   WHERE s.token_hash = $1 AND s.expires_at > $2
   GROUP BY a.id, s.token_hash`;

/**
 * Logs accounts in and out and resolves bearer tokens. Unknown usernames, wrong passwords and disabled accounts
 * all answer `INVALID_CREDENTIALS` after the same scrypt work, so responses do not reveal which usernames exist.
 */
/** The session cache's part of /health. */
export type SessionCacheHealth =
  | { readonly cache: 'off' }
  | { readonly cache: 'on'; readonly notifications: 'live' | 'lost'; readonly interruptions: number };

export class SessionService {
  private readonly clock: { now(): Date };
  private readonly hasher: PasswordHasher;
  private readonly sessionIdleMs: number;
  private readonly apiTokenTtlMs: number;
  private readonly touchIntervalMs: number;
  private readonly throttle: LoginThrottle;
  private readonly cache: SessionCache | undefined;
  private readonly scopePermissions: (scopes: readonly string[]) => ReadonlySet<string>;

  constructor(
    private readonly db: Database,
    options: SessionServiceOptions = {},
  ) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.hasher = options.hasher ?? new PasswordHasher();
    this.sessionIdleMs = options.sessionIdleMs ?? 12 * HOUR;
    this.apiTokenTtlMs = options.apiTokenTtlMs ?? 30 * 24 * HOUR;
    this.touchIntervalMs = options.touchIntervalMs ?? 60_000;
    this.throttle = options.throttle ?? new LoginThrottle();
    this.cache = options.cache;
    this.scopePermissions = options.scopePermissions ?? ((): ReadonlySet<string> => new Set());
  }

  /**
   * The session cache as /health shows it: `off` without one (every request reads the database), else whether the
   * change notifications are arriving and how often they were lost since start.
   */
  get cacheState(): SessionCacheHealth {
    return this.cache ? { cache: 'on', ...this.cache.state } : { cache: 'off' };
  }

  /**
   * Runs a change to sessions, accounts or roles, then sends a marker notification after it and waits (at most 1 s)
   * until every listening API process has acknowledged the marker. Notifications reach each listener in commit
   * order, so each has forgotten what it resolved before the change: the next request anywhere reads it again.
   */
  async revoking<T>(change: () => Promise<T>): Promise<T> {
    const result = await change();
    if (!this.cache) return result;
    this.cache.clear();
    const id = randomUUID();
    const acks = this.cache.awaitAcks(id);
    const [sent] = await this.db.query<{ listeners: number }>(
      `SELECT pg_notify($1, $2), (SELECT count(*)::int FROM pg_stat_activity
                                   WHERE datname = current_database() AND application_name = $3) AS listeners`,
      [AUTH_CHANGED_CHANNEL, `${MARKER_PREFIX}${id}`, AUTH_LISTENER_APPLICATION],
    );
    acks.expect(sent?.listeners ?? 0);
    await acks.done;
    return result;
  }

  /**
   * Checks the password and opens a web session; throws `UnauthenticatedError` (401), or `TooManyAttemptsError`
   * (429) when this address or account has spent its attempts (see {@link LoginThrottle}).
   */
  async login(
    username: string,
    password: string,
    source: string | null,
    scopes?: readonly string[],
  ): Promise<LoginResult> {
    if (password.length > MAX_PASSWORD_LENGTH) throw new UnauthenticatedError('INVALID_CREDENTIALS');
    const ticket = await this.throttle.admit(username, source);
    const row = await findLoginAccount(this.db, username);
    const right = row
      ? await this.hasher.verify(password, row.password_hash)
      : await this.hasher.verifyDummy(password).then(() => false);
    if (!row || !right) throw (await this.throttle.failed(ticket)) ?? new UnauthenticatedError('INVALID_CREDENTIALS');
    await this.throttle.succeeded(ticket);
    if (row.disabled) throw new UnauthenticatedError('INVALID_CREDENTIALS');
    await recordSuccessfulLogin(this.db, this.hasher, row, password);
    const issued = await this.issue(row.id, 'session', source, scopes);
    const account = await this.authenticate(issued.token);
    if (!account) throw new UnauthenticatedError('INVALID_CREDENTIALS'); // disabled in the meantime
    return { ...issued, account };
  }

  /**
   * Changes the signed-in person's own password: the current one is required (a session left open on a ward PC
   * must not let a passer-by take the account over), counted like a sign-in attempt, and every other session and
   * API token of the account ends; the one making the change stays signed in.
   */
  async changeOwnPassword(
    token: string,
    change: { currentPassword: string; newPassword: string },
    source: string | null,
  ): Promise<void> {
    const actor = await this.authenticate(token);
    if (!actor) throw new UnauthenticatedError('SESSION_EXPIRED');
    const ticket = await this.throttle.admit(actor.username, source);
    const row = await findLoginAccount(this.db, actor.username);
    if (
      !row ||
      change.currentPassword.length > MAX_PASSWORD_LENGTH ||
      !(await this.hasher.verify(change.currentPassword, row.password_hash))
    ) {
      throw (
        (await this.throttle.failed(ticket)) ??
        new ValidationError(
          [{ path: 'currentPassword', message: 'This is not your current password' }],
          'WRONG_CURRENT_PASSWORD',
        )
      );
    }
    await this.throttle.succeeded(ticket);
    checkPassword(change.newPassword, MIN_PASSWORD_LENGTH, actor.username);
    if (change.newPassword === change.currentPassword) {
      throw new ValidationError(
        [{ path: 'newPassword', message: 'Choose a password other than the current one' }],
        'WEAK_PASSWORD',
      );
    }
    const passwordHash = await this.hasher.hash(change.newPassword);
    await this.revoking(() => this.changePasswordHash(token, row, passwordHash));
  }

  private async changePasswordHash(
    token: string,
    row: { id: string; password_hash: string },
    passwordHash: string,
  ): Promise<void> {
    await this.db.transaction(async (sql) => {
      // Only over the hash just checked: a reset by an administrator in between wins.
      const rows = await sql.query(
        `UPDATE core.accounts SET password_hash = $2 WHERE id = $1 AND password_hash = $3 RETURNING id`,
        [row.id, passwordHash, row.password_hash],
      );
      if (rows.length === 0) throw new ConflictError('PASSWORD_CHANGED_MEANWHILE');
      await sql.query(`DELETE FROM core.sessions WHERE account_id = $1 AND token_hash <> $2`, [
        row.id,
        hashSessionToken(token),
      ]);
    });
  }

  /** Ends the session or API token; answers whether there was one. */
  async logout(token: string): Promise<boolean> {
    if (!isWellFormedSessionToken(token)) return false;
    const rows = await this.revoking(() =>
      this.db.query(`DELETE FROM core.sessions WHERE token_hash = $1 RETURNING account_id`, [hashSessionToken(token)]),
    );
    return rows.length > 0;
  }

  /**
   * The actor behind a token, or null when it is unknown, expired, or its account is disabled. Served from the
   * {@link SessionCache} when this process resolved the token since the last change to sessions, accounts or roles.
   */
  async authenticate(token: string): Promise<AuthenticatedActor | null> {
    if (!isWellFormedSessionToken(token)) return null;
    const tokenHash = hashSessionToken(token);
    const now = this.clock.now();
    const key = this.cache ? tokenHash.toString('base64') : '';
    const cached = this.cache?.get(key, now.getTime());
    if (cached) {
      if (cached.kind === 'session' && now.getTime() - cached.lastSeenAt >= this.touchIntervalMs) {
        await this.touch(key, tokenHash, cached, now);
      }
      return cached.actor;
    }
    const generation = this.cache?.generation() ?? 0;
    const [row] = await this.db.query<ActorRow>(ACTOR_QUERY, [tokenHash, now]);
    if (!row) return null;
    const permissions = new Set(row.permissions);
    const actor =
      row.scopes === null
        ? new AuthenticatedActor(row.id, row.username, row.display_name, permissions)
        : new AuthenticatedActor(
            row.id,
            row.username,
            row.display_name,
            permissions,
            row.scopes,
            this.scopePermissions(row.scopes),
          );
    const session = {
      actor,
      kind: row.kind,
      expiresAt: row.expires_at.getTime(),
      lastSeenAt: row.last_seen_at.getTime(),
    };
    this.cache?.set(key, session, generation, now.getTime());
    if (row.kind === 'session' && now.getTime() - row.last_seen_at.getTime() >= this.touchIntervalMs) {
      await this.touch(key, tokenHash, session, now);
    }
    return actor;
  }

  /**
   * When the session of this token ends unless it is used again (a web session's expiry slides with use, an API
   * token's does not), or null when it has ended. Read after {@link authenticate}, so a slide it made is included.
   */
  async expiryOf(token: string): Promise<Date | null> {
    if (!isWellFormedSessionToken(token)) return null;
    const [row] = await this.db.query<{ expires_at: Date }>(
      `SELECT expires_at FROM core.sessions WHERE token_hash = $1 AND expires_at > $2`,
      [hashSessionToken(token), this.clock.now()],
    );
    return row?.expires_at ?? null;
  }

  /** Slides a web session's expiry (at most once per `touchIntervalMs`, whichever process does it). */
  private async touch(key: string, tokenHash: Buffer, session: CachedSession, now: Date): Promise<void> {
    const generation = this.cache?.generation() ?? 0;
    const expiresAt = new Date(now.getTime() + this.sessionIdleMs);
    const rows = await this.db.query(
      `UPDATE core.sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1 AND last_seen_at <= $4
       RETURNING 1`,
      [tokenHash, now, expiresAt, new Date(now.getTime() - this.touchIntervalMs)],
    );
    if (!this.cache) return;
    // Another process slid it more recently: its expiry is not the one computed here, so read it again next time.
    if (rows.length === 0) this.cache.forget(key);
    else this.cache.slid(key, { ...session, lastSeenAt: now.getTime(), expiresAt: expiresAt.getTime() }, generation);
  }

  /** A bearer token for an API client acting as the account, valid for a fixed time. */
  async issueApiToken(accountId: string, source: string | null, scopes?: readonly string[]): Promise<IssuedToken> {
    try {
      return await this.issue(accountId, 'api', source, scopes);
    } catch (error) {
      if (sqlState(error) === '23503') {
        throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId }, { cause: error });
      }
      throw error;
    }
  }

  /** Deletes sessions and tokens past their expiry (a periodic job); answers how many. */
  async purgeExpired(): Promise<number> {
    const rows = await this.db.query(`DELETE FROM core.sessions WHERE expires_at <= $1 RETURNING 1`, [
      this.clock.now(),
    ]);
    return rows.length;
  }

  private async issue(
    accountId: string,
    kind: 'session' | 'api',
    source: string | null,
    scopes: readonly string[] | undefined,
  ): Promise<IssuedToken> {
    const token = generateSessionToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + (kind === 'api' ? this.apiTokenTtlMs : this.sessionIdleMs));
    await this.db.query(
      `INSERT INTO core.sessions (token_hash, account_id, kind, created_at, expires_at, last_seen_at, source, scopes)
       VALUES ($1, $2, $3, $4, $5, $4, $6, $7)`,
      [hashSessionToken(token), accountId, kind, now, expiresAt, source, scopes === undefined ? null : [...scopes]],
    );
    return { token, expiresAt };
  }
}
