import type { LoginThrottleLimits } from '../auth/login-throttle';
import type { CollabServerOptions } from '../collab/collab-server';

/** Injection token of {@link ApiOptions}. */
export const API_OPTIONS = Symbol('API_OPTIONS');

/** How the HTTP layer behaves in this deployment. */
export interface ApiOptions {
  /** Mark the session cookie Secure (behind HTTPS, i.e. in production). */
  readonly secureCookies: boolean;
  readonly redisUrl: string;
  /** Namespace of this installation's keys in Redis (sign-in counters); default `hms`. */
  readonly redisPrefix?: string;
  /**
   * Sign-in limits per address and account (default: 30 per address per 5 min, 10 per account and address per 15 min,
   * 50 per account per 5 min).
   */
  readonly loginLimits?: LoginThrottleLimits;
  /** Trust `X-Forwarded-For` from a reverse proxy for the audit log's source address. */
  readonly trustProxy: boolean;
  /** Served in the OpenAPI document. */
  readonly version: string;
  /**
   * Folder of the built web client (apps/web/build), served at `/` with index.html as the fallback for the
   * client's own routes. Unset or missing: `/` answers a short page saying the client is not built.
   */
  readonly webRoot?: string;
  /**
   * The live channel (`GET /api/live`): how often it sends a heartbeat and reads the event store (defaults 25 s, 500
   * ms).
   */
  readonly live?: { readonly heartbeatMs?: number; readonly pollMs?: number };
  /**
   * Keep resolved sessions between requests, emptied at once by PostgreSQL's notification of any change to sessions,
   * accounts or roles (LISTEN on one extra connection to this database; see docs/performance.md). Unset: every
   * request reads its session from the database (embedded PGlite, tests that build the app themselves).
   */
  readonly sessionCache?: { readonly databaseUrl: string };
  /** Tuning of the co-editing endpoint (`/collab/<id>`); its fan-out uses `redisUrl`. */
  readonly collab?: Omit<CollabServerOptions, 'redisUrl' | 'trustProxy'>;
}
