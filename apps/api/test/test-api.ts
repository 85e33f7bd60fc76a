import { freePort, loadConfig } from '@hms/core';
import { startApi, type RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD } from './e2e-support';

/**
 * The API started in this process, as the end-to-end tests run it: on `databaseUrl`, a free local port, the test
 * Redis, a small pool, no logs, and the e2e admin password. `env` adds or overrides settings (e.g. `HMS_PLUGINS`).
 */
export async function startTestApi(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<RunningApi> {
  return startApi(
    loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
      HMS_DB_POOL_SIZE: '4',
      REDIS_URL: process.env.REDIS_URL,
      ...env,
    }),
  );
}
