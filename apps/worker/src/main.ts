import 'reflect-metadata';
import { ConfigError, loadConfig } from '@hms/core';
import { startWorker } from './start-worker';

/**
 * The worker process: configuration from the environment, run jobs until SIGTERM or SIGINT. On a signal it stops
 * taking jobs and lets the running ones finish before exiting (the orchestrator's grace period must cover the
 * longest job; a job cut off by SIGKILL is not lost, another worker runs it again once its lock lapses).
 */
async function main(): Promise<void> {
  const worker = await startWorker(loadConfig(process.env));
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await worker.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
    );
    process.exit(1);
  },
);
