import { hostname } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import { prettyStream } from './pretty-stream';
import { serializeReply, serializeRequest } from './serializers';

export interface LoggerOptions {
  readonly level: LevelWithSilent;
  /** Human-readable lines for a developer's terminal instead of JSON. */
  readonly pretty?: boolean;
  /** Where lines go (default: standard output). Tests pass an in-memory stream. */
  readonly destination?: DestinationStream;
}

/**
 * Secrets that must never reach a log line, wherever a caller puts them. The serializers already drop
 * request headers; these paths catch headers, passwords and tokens logged by hand (`log.info({ headers })`,
 * `log.debug({ body })`, the loaded config). `Idempotency-Key` stays: it is a command id, and tracing a
 * retried command needs it.
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'password',
  '*.password',
  'adminPassword',
  '*.adminPassword',
  'token',
  '*.token',
];

/**
 * The process's root logger: JSON lines with ISO times, tagged `service: 'hms'`.
 * @example
 * const logger = createLogger({ level: config.logLevel, pretty: !config.production });
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.pretty ? prettyStream(options.destination) : options.destination;
  return pino(
    {
      level: options.level,
      // pid and hostname tell apart the API and worker instances behind one load balancer.
      base: { service: 'hms', pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_PATHS], censor: '[Redacted]' },
      serializers: {
        req: serializeRequest,
        res: serializeReply,
        // HmsError wraps the driver's error in `cause`; the cause's stack is where the bug is.
        err: pino.stdSerializers.errWithCause,
      },
    },
    // Synchronous standard output (pino's default): a fatal line is written before the process exits.
    destination ?? pino.destination({ sync: true }),
  );
}

type NestLevel = 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
const PINO_LEVEL: Readonly<Record<NestLevel, 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal'>> = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'trace',
  fatal: 'fatal',
};
/** The shape Nest's ConsoleLogger uses to tell a stack trace from a context name. */
const STACK_FORMAT = /^(.)+\n\s+at .+:\d+:\d+/;

/**
 * Nest's logger interface on top of pino, so the framework's own lines (route mapping, start-up, uncaught
 * errors) land in the same JSON stream with a `context` field. Nest passes the context as the last string
 * argument, and for `error` a stack trace before it.
 * @example
 * const app = await NestFactory.create(AppModule, adapter, { logger: new NestPinoLogger(logger) });
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: NestLevel, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string' && !isStack(rest[rest.length - 1])) {
      fields.context = rest.pop();
    }
    if (level === 'error' && rest.length > 0 && (isStack(rest[0]) || rest[0] === undefined)) {
      const stack = rest.shift();
      if (stack !== undefined) fields.stack = stack;
    }
    if (rest.length > 0) fields.params = rest;
    const log = this.logger[PINO_LEVEL[level]].bind(this.logger);
    if (message instanceof Error) log({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) log({ ...message, ...fields });
    else log(fields, String(message));
  }
}

function isStack(value: unknown): boolean {
  return typeof value === 'string' && STACK_FORMAT.test(value);
}
