import 'reflect-metadata';
import { ConfigError, loadConfig } from '@hms/core';
import { startApi } from './start-api';

/** The API server process: configuration from the environment, then serve until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const api = await startApi(config, { demo: process.argv.includes('--demo') });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    api.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
