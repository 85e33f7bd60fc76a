import { z } from '@hms/sdk';
import type { LoginThrottleLimits } from '../auth/login-throttle';
import { ACCESS_POLICIES, type AccessPolicy } from '../access/access-policy';

/** One bad variable and what it must hold (never its value). */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

/**
 * The configuration is unusable. The message lists every bad variable, so the process stops with one
 * clear line.
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** pino's levels; `silent` turns logging off (tests). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the event store lives: PGlite files under the data directory, or a PostgreSQL server. */
export type DatabaseConfig =
  { readonly kind: 'embedded'; readonly dataDir: string } | { readonly kind: 'server'; readonly url: string };

/** The validated process configuration. Frozen: nothing may change it after boot. */
export interface HmsConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly redisUrl: string;
  /** `'all'` enables every installed plugin; otherwise names, package names or paths, in the given order. */
  readonly plugins: 'all' | readonly string[];
  readonly adminPassword?: string;
  readonly logLevel: LogLevel;
  readonly dbPoolSize: number;
  readonly auditShards: number;
  /** Transactions writing commands at once per process (group commit lanes). */
  readonly commandLanes: number;
  /**
   * Whether this API process also runs the job workers (`HMS_WORKERS`, default on). Off on API nodes when
   * separate worker processes (apps/worker) run the jobs. Always on with the embedded database.
   */
  readonly workers: boolean;
  readonly production: boolean;
  /**
   * Whether the API sits behind a proxy whose `X-Forwarded-For` and `X-Forwarded-Host` it may believe
   * (`HMS_TRUST_PROXY`, default: on in production). Sign-in limits count the forwarded client address then.
   */
  readonly trustProxy: boolean;
  /**
   * Prefix of this installation's keys in Redis: job queues and sign-in counters (`HMS_QUEUE_PREFIX`). Default:
   * `hms-<database>-<installation id>`, so installations sharing a Redis never share a queue.
   */
  readonly queuePrefix?: string;
  /** Sign-in attempt limits (`HMS_LOGIN_LIMITS`); default 30/300,10/900,50/300. */
  readonly loginLimits?: LoginThrottleLimits;
  /**
   * Who reaches clinical data (`HMS_ACCESS_POLICY`): `care-relationship` (the default) lets a clinician reach a
   * patient only through a care relationship, a grant or a stated emergency; `role` lets a clinical role reach
   * every patient, as before SDK 2.1.
   */
  readonly accessPolicy: AccessPolicy;
  /** How long an emergency (break-the-glass) access lasts, in minutes (`HMS_EMERGENCY_ACCESS_MINUTES`, 60). */
  readonly emergencyAccessMinutes: number;
  /**
   * The web client's address as staff reach it (`HMS_PUBLIC_URL`), for the link an e-mail or SMS notification
   * carries. Default `http://localhost:<PORT>`.
   */
  readonly publicUrl: string;
}

/** `30/300,10/900,50/300` → per address, per account and address, per account: attempts per window in seconds. */
function parseLoginLimits(value: string | undefined): LoginThrottleLimits | undefined {
  if (value === undefined) return undefined;
  const [perAddress, perAccountAndAddress, perAccount] = value.split(',').map((pair) => {
    const [attempts, windowSeconds] = pair.split('/').map(Number);
    return { attempts: attempts ?? 0, windowSeconds: windowSeconds ?? 0 };
  });
  if (!perAddress || !perAccountAndAddress || !perAccount) return undefined;
  return { perAddress, perAccountAndAddress, perAccount };
}

/**
 * What each variable must hold. A bad value is reported with this sentence and never with the value itself:
 * DATABASE_URL, REDIS_URL and HMS_ADMIN_PASSWORD carry secrets, and start-up errors end up in shared logs.
 */
const EXPECTED = {
  PORT: 'must be an integer from 0 to 65535 (0: any free port)',
  HOST: 'must be a host name or IP address without spaces',
  DATABASE_URL: 'must be a postgres:// or postgresql:// URL (unset it to use the embedded database)',
  HMS_DATA_DIR: 'must be a directory path',
  REDIS_URL: 'must be a redis:// or rediss:// URL',
  HMS_PLUGINS: "must be 'all', 'none' or a comma-separated list of plugin names, package names or paths",
  HMS_ADMIN_PASSWORD: 'must be at least 12 characters long',
  HMS_QUEUE_PREFIX: 'must be 1-64 letters, digits, dots, dashes or underscores',
  HMS_LOGIN_LIMITS:
    'must be three attempts/seconds pairs: per address, per account and address, per account (e.g. 30/300,10/900,50/300)',
  HMS_ACCESS_POLICY: `must be one of ${ACCESS_POLICIES.join(', ')}`,
  HMS_EMERGENCY_ACCESS_MINUTES: 'must be an integer from 5 to 1440',
  HMS_PUBLIC_URL: 'must be an http:// or https:// URL (where staff open the web client)',
  HMS_LOG_LEVEL: `must be one of ${LOG_LEVELS.join(', ')}`,
  HMS_DB_POOL_SIZE: 'must be an integer from 1 to 200',
  HMS_AUDIT_SHARDS: 'must be an integer from 1 to 64',
  HMS_COMMAND_LANES: 'must be an integer from 1 to 32',
  HMS_WORKERS:
    "must be 'on' or 'off' ('off' needs DATABASE_URL: with the embedded database no other process can run the jobs)",
  HMS_TRUST_PROXY: "must be 'on' or 'off'",
  NODE_ENV: 'must be a word such as production, development or test',
} as const;
type Variable = keyof typeof EXPECTED;
const VARIABLES = Object.keys(EXPECTED) as Variable[];

/** Issues raised by our own checks name no secret, so their more precise wording may be shown. */
const PRECISE_MESSAGES: ReadonlySet<Variable> = new Set(['HMS_PLUGINS']);

const integer = (min: number, max: number, fallback: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)).default(fallback);

const urlWithScheme = (schemes: readonly string[]) =>
  z.string().refine((value) => {
    if (!URL.canParse(value)) return false;
    return schemes.includes(new URL(value).protocol);
  });

const envSchema = z
  .object({
    PORT: integer(0, 65535, 3000),
    HOST: z.string().regex(/^\S+$/).default('0.0.0.0'),
    DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']).optional(),
    HMS_DATA_DIR: z.string().default('./.hms'),
    REDIS_URL: urlWithScheme(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    HMS_PLUGINS: z.string().optional().transform(parsePlugins),
    // Only a floor here: the full password rules (15 characters…) apply when the first start uses it. A deployment that
    // still sets an older, shorter value must keep restarting, since the variable is read on the very first start only.
    HMS_ADMIN_PASSWORD: z.string().min(12).optional(),
    HMS_QUEUE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/)
      .optional(),
    HMS_LOGIN_LIMITS: z
      .string()
      .regex(/^\d{1,6}\/\d{1,6},\d{1,6}\/\d{1,6},\d{1,6}\/\d{1,6}$/)
      .optional()
      .transform(parseLoginLimits),
    HMS_ACCESS_POLICY: z.enum(ACCESS_POLICIES).default('care-relationship'),
    HMS_EMERGENCY_ACCESS_MINUTES: integer(5, 1440, 60),
    HMS_PUBLIC_URL: urlWithScheme(['http:', 'https:']).optional(),
    HMS_LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    HMS_DB_POOL_SIZE: integer(1, 200, 10),
    HMS_AUDIT_SHARDS: integer(1, 64, 8),
    HMS_COMMAND_LANES: integer(1, 32, 1),
    HMS_WORKERS: z.enum(['on', 'off']).default('on'),
    HMS_TRUST_PROXY: z.enum(['on', 'off']).optional(),
    NODE_ENV: z
      .string()
      .regex(/^[\w-]+$/)
      .optional(),
  })
  .refine((vars) => vars.HMS_WORKERS === 'on' || vars.DATABASE_URL !== undefined, { path: ['HMS_WORKERS'] });

/**
 * Reads and validates the configuration from environment variables. Every bad variable is reported at once,
 * so an operator fixes the file in one go rather than one restart per mistake.
 * @throws ConfigError naming each bad variable and what it expects.
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv): HmsConfig {
  const result = envSchema.safeParse(pick(env));
  if (!result.success) throw configErrorOf(result.error);
  const vars = result.data;
  const database: DatabaseConfig = vars.DATABASE_URL
    ? { kind: 'server', url: vars.DATABASE_URL }
    : { kind: 'embedded', dataDir: vars.HMS_DATA_DIR };
  const config: HmsConfig = {
    port: vars.PORT,
    host: vars.HOST,
    database: Object.freeze(database),
    redisUrl: vars.REDIS_URL,
    plugins: vars.HMS_PLUGINS === 'all' ? 'all' : Object.freeze([...vars.HMS_PLUGINS]),
    ...(vars.HMS_ADMIN_PASSWORD === undefined ? {} : { adminPassword: vars.HMS_ADMIN_PASSWORD }),
    logLevel: vars.HMS_LOG_LEVEL,
    dbPoolSize: vars.HMS_DB_POOL_SIZE,
    auditShards: vars.HMS_AUDIT_SHARDS,
    commandLanes: vars.HMS_COMMAND_LANES,
    workers: vars.HMS_WORKERS === 'on',
    ...(vars.HMS_QUEUE_PREFIX === undefined ? {} : { queuePrefix: vars.HMS_QUEUE_PREFIX }),
    ...(vars.HMS_LOGIN_LIMITS === undefined ? {} : { loginLimits: vars.HMS_LOGIN_LIMITS }),
    accessPolicy: vars.HMS_ACCESS_POLICY,
    emergencyAccessMinutes: vars.HMS_EMERGENCY_ACCESS_MINUTES,
    publicUrl: vars.HMS_PUBLIC_URL ?? `http://localhost:${vars.PORT}`,
    production: vars.NODE_ENV === 'production',
    trustProxy: vars.HMS_TRUST_PROXY === undefined ? vars.NODE_ENV === 'production' : vars.HMS_TRUST_PROXY === 'on',
  };
  return Object.freeze(config);
}

/** Only our variables, trimmed; an empty value (`PORT=` in an env file) counts as unset. */
function pick(env: NodeJS.ProcessEnv): Partial<Record<Variable, string>> {
  const picked: Partial<Record<Variable, string>> = {};
  for (const name of VARIABLES) {
    // The password is taken verbatim: leading or trailing spaces may be part of it.
    const value = name === 'HMS_ADMIN_PASSWORD' ? env[name] : env[name]?.trim();
    if (value !== undefined && value !== '') picked[name] = value;
  }
  return picked;
}

function parsePlugins(raw: string | undefined, ctx: z.RefinementCtx): 'all' | string[] {
  if (raw === undefined || raw.toLowerCase() === 'all') return 'all';
  if (raw.toLowerCase() === 'none') return [];
  const entries = raw.split(',').map((entry) => entry.trim());
  const seen = new Set<string>();
  for (const entry of entries) {
    // 'all' or 'none' inside a list is ambiguous: did the operator mean a plugin of that name?
    const problem =
      entry === ''
        ? 'has an empty entry (check for a doubled or trailing comma)'
        : ['all', 'none'].includes(entry.toLowerCase())
          ? `may use '${entry}' only on its own`
          : seen.has(entry)
            ? `lists "${entry}" twice`
            : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; it ${EXPECTED.HMS_PLUGINS}` });
    seen.add(entry);
  }
  return entries;
}

function configErrorOf(error: z.ZodError): ConfigError {
  const problems = new Map<Variable, string>();
  for (const issue of error.issues) {
    const variable = issue.path[0] as Variable;
    if (problems.has(variable)) continue;
    const precise = PRECISE_MESSAGES.has(variable) && issue.code === 'custom';
    problems.set(variable, precise ? issue.message : EXPECTED[variable]);
  }
  return new ConfigError([...problems].map(([variable, message]) => ({ variable, message })));
}

/**
 * A URL fit for logs and start-up banners: the password (in the user-info or a `password`/`sslpassword`
 * query parameter) becomes `***`. Anything that does not parse as a URL with a host (`user:pw@db` parses
 * as scheme `user:` with an opaque path) is hidden whole when it has an `@`: we cannot tell where its
 * secret is.
 * @example
 * logger.info({ database: redactUrl(url) }, 'Connecting');
 */
export function redactUrl(url: string): string {
  const hidden = '[unparseable URL hidden]';
  if (!URL.canParse(url)) return hidden;
  const parsed = new URL(url);
  if (parsed.host === '' && url.includes('@')) return hidden;
  if (parsed.password) parsed.password = '***';
  for (const key of ['password', 'sslpassword']) {
    if (parsed.searchParams.has(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}
