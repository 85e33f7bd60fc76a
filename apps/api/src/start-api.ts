import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  bootKernel,
  createApiApp,
  createLogger,
  ensureFirstAdmin,
  redactUrl,
  sealAuditCheckpoint,
  seedPlugins,
  type HmsConfig,
  type Kernel,
} from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';

export interface RunningApi {
  readonly app: NestFastifyApplication;
  readonly kernel: Kernel;
  readonly url: string;
  stop(): Promise<void>;
}

/** Size of the demo hospital the demo start seeds into an empty installation. */
const DEMO_PATIENTS = 60;

/** How often the audit chains' heads are sealed into a checkpoint (every instance may try; one wins each time). */
const AUDIT_SEAL_INTERVAL_MS = 10 * 60_000;

/**
 * Starts the API process: boot the kernel (migrating the enabled plugins' schemas), make sure an administrator
 * exists, optionally seed the demo hospital, then serve HTTP.
 */
export async function startApi(config: HmsConfig, options: { demo?: boolean } = {}): Promise<RunningApi> {
  const logger = createLogger({ level: config.logLevel, pretty: !config.production && process.stdout.isTTY });
  const target =
    config.database.kind === 'server'
      ? { kind: 'server' as const, url: config.database.url }
      : { kind: 'embedded' as const, dataDir: config.database.dataDir };
  logger.info(
    {
      database: target.kind === 'server' ? redactUrl(target.url) : `embedded PGlite in ${path.resolve(target.dataDir)}`,
    },
    'Starting',
  );
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: config.plugins,
    database: target,
    poolSize: config.dbPoolSize,
    auditShards: config.auditShards,
    commandLanes: config.commandLanes,
    access: { policy: config.accessPolicy, emergencyMinutes: config.emergencyAccessMinutes },
    notifications: {
      publicUrl: config.publicUrl,
      onError: (err, details) => logger.error({ err, ...details }, 'A notification a command raised was not stored'),
    },
    followProjections: true,
    onProjectionError: (projection, err) => logger.error({ err, projection }, 'Projection batch failed; retrying'),
    onReactionError: (reaction, err) => logger.error({ err, reaction }, 'Reaction failed; retrying'),
    onReactionRejected: (rejection) => logger.warn(rejection, 'Reaction command refused; skipped'),
    jobs: { redisUrl: config.redisUrl, log: logger, ...(config.queuePrefix ? { prefix: config.queuePrefix } : {}) },
  });
  try {
    // The same job code as apps/worker. Embedded: always here, no other process can reach the database.
    if (config.workers || target.kind === 'embedded') kernel.jobs?.startWorkers();
    const admin = await ensureFirstAdmin(kernel.db, { password: config.adminPassword });
    if (admin.generatedPassword) announceAdminPassword(admin.username, admin.generatedPassword);
    if (options.demo) {
      // Embedded PGlite runs one backend for every connection: the seed sends one command at a time there.
      const concurrency = target.kind === 'embedded' ? 1 : undefined;
      for (const report of await seedPlugins(kernel, {
        size: DEMO_PATIENTS,
        onlyWhenEmpty: true,
        ...(concurrency ? { concurrency } : {}),
      })) {
        if (!report.skipped) logger.info({ plugin: report.plugin, created: report.created }, 'Seeded demo data');
      }
    }
    const app = await createApiApp(kernel, logger, {
      secureCookies: config.production,
      redisUrl: config.redisUrl,
      trustProxy: config.trustProxy,
      version: packageVersion(),
      redisPrefix: kernel.jobs?.prefix,
      ...(config.loginLimits ? { loginLimits: config.loginLimits } : {}),
      webRoot: webClientRoot(),
      // Sessions resolved once per process until PostgreSQL announces a change (logout, disable, password, roles).
      ...(target.kind === 'server' ? { sessionCache: { databaseUrl: target.url } } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    // With PORT=0 the system picks the port: report the one actually bound.
    const { port } = app.getHttpServer().address() as { port: number };
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    const workers = kernel.jobs?.workersRunning ?? false;
    logger.info(
      { url, plugins: kernel.registry.names, workers, queuePrefix: kernel.jobs?.prefix },
      'Hospital management system is up',
    );
    const sealing = setInterval(() => {
      sealAuditCheckpoint(kernel.db).catch((err: unknown) =>
        logger.error({ err }, 'Sealing an audit checkpoint failed'),
      );
    }, AUDIT_SEAL_INTERVAL_MS);
    sealing.unref();
    const stop = async (): Promise<void> => {
      clearInterval(sealing);
      await app.close();
      await kernel.close();
    };
    return { app, kernel, url, stop };
  } catch (error) {
    await kernel.close();
    throw error;
  }
}

/**
 * The generated password goes to the terminal once and never to the log: logs are shipped and kept, and a
 * secret in them outlives its change.
 */
function announceAdminPassword(username: string, password: string): void {
  process.stdout.write(
    `\n  First start: created the administrator account.\n    username: ${username}\n    password: ${password}\n` +
      '  It is shown only this once. Sign in and change it, or set HMS_ADMIN_PASSWORD before the first start.\n\n',
  );
}

/** The built web client (apps/web/build, beside this package), when it has been built. */
function webClientRoot(): string | undefined {
  const root = path.resolve(__dirname, '..', '..', 'web', 'build');
  return existsSync(path.join(root, 'index.html')) ? root : undefined;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Keeps the process serving until SIGTERM or SIGINT, then stops the server and the kernel in order. */
export function serveUntilSignalled(api: RunningApi): Promise<never> {
  return new Promise<never>(() => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      api.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
