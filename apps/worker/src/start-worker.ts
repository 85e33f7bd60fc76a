import { bootKernel, createLogger, redactUrl, type HmsConfig, type Kernel } from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';

export interface RunningWorker {
  readonly kernel: Kernel;
  /** Stops taking jobs, lets the running ones finish, then closes the kernel. */
  stop(): Promise<void>;
}

/**
 * Starts a worker process: the same kernel and plugins as the API (its queues, schedules and async projections),
 * running the enabled plugins' jobs, with no HTTP. Run as many as the jobs need, against one PostgreSQL and Redis.
 */
export async function startWorker(config: HmsConfig): Promise<RunningWorker> {
  if (config.database.kind !== 'server') {
    // PGlite serves the one process that opened it: with the embedded database the API runs the jobs itself.
    throw new Error(
      'The worker process needs DATABASE_URL: with the embedded database the API runs the jobs in-process',
    );
  }
  const logger = createLogger({ level: config.logLevel, pretty: !config.production && process.stdout.isTTY });
  logger.info({ database: redactUrl(config.database.url), redis: redactUrl(config.redisUrl) }, 'Starting worker');
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: config.plugins,
    database: { kind: 'server', url: config.database.url },
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
  kernel.jobs!.startWorkers();
  logger.info(
    { plugins: kernel.registry.names, queues: kernel.jobs!.plugins, queuePrefix: kernel.jobs!.prefix },
    'Worker is up',
  );
  return { kernel, stop: () => kernel.close() };
}
