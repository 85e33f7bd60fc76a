import 'reflect-metadata';
import { ConfigError, loadConfig } from '@hms/core';
import { serveUntilSignalled, startApi } from './start-api';

/** The API server process: configuration from the environment, then serve until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const api = await startApi(loadConfig(process.env), { demo: process.argv.includes('--demo') });
  await serveUntilSignalled(api);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`);
  process.exit(1);
});
