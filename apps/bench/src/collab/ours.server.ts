import { freePort, loadConfig } from '@hms/core';
import { startApi } from '@hms/api';
import type { RunningCollabServer } from './collab-server.protocol';

const DEFAULT_ADMIN_PASSWORD = 'bench-admin-password-123';

/**
 * The real API (the same `startApi` as `hms start`) on a free local port, with only the benchmark's plugin
 * enabled (loaded by path through HMS_PLUGINS, as a third-party plugin would be), signed in as the admin.
 * Collaboration is served at `/collab/<note id>` on the API's port.
 */
export async function startOurServer(databaseUrl: string): Promise<RunningCollabServer> {
  const password = process.env.HMS_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    HMS_PLUGINS: require.resolve('./bench-collab.plugin'),
    HMS_ADMIN_PASSWORD: password,
    HMS_LOG_LEVEL: 'warn',
  });
  const api = await startApi(config);
  try {
    const login = await fetch(new URL('/api/auth/login', api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const token = ((await login.json()) as { token?: unknown } | null)?.token;
    if (login.status !== 200 || typeof token !== 'string') {
      throw new Error(
        `Login as admin failed with HTTP ${login.status} (a DATABASE_URL with another admin password? set HMS_ADMIN_PASSWORD)`,
      );
    }
    return { wsUrl: `${api.url.replace(/^http/, 'ws')}/collab`, token, stop: () => api.stop() };
  } catch (error) {
    await api.stop();
    throw error;
  }
}
