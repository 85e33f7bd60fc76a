import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { loadConfig } from '@hms/core';
import { startApi } from '@hms/api';
import { postJson } from '../lib/http-json';
import type { AppendMode } from './append-mode';
import { confirmedRegistration } from './fictional-patients';

const DEFAULT_ADMIN_PASSWORD = 'bench-admin-password-123';

/**
 * RegisterPatient as a client sends it: the real API (Fastify, bearer token, the same executor) on a free local port,
 * and `POST /api/patients` with an Idempotency-Key per request over
 * keep-alive connections. The client runs in this process, so it shares the CPUs with the server it measures.
 */
export async function startHttpMode(url: string, poolSize: number, maxClients: number): Promise<AppendMode> {
  const password = process.env.HMS_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    HMS_PLUGINS: 'all',
    HMS_ADMIN_PASSWORD: password,
    HMS_LOG_LEVEL: 'warn',
    HMS_DB_POOL_SIZE: String(poolSize),
  });
  const api = await startApi(config);
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxClients });
  try {
    const login = await postJson(agent, new URL('/api/auth/login', api.url), { username: 'admin', password });
    const token = (login.body as { token?: unknown } | null)?.token;
    if (login.status !== 200 || typeof token !== 'string') {
      throw new Error(
        `Login as admin failed with HTTP ${login.status} ` +
          '(a DATABASE_URL with another admin password? set HMS_ADMIN_PASSWORD)',
      );
    }
    const endpoint = new URL('/api/patients', api.url);
    return {
      key: 'http',
      label: 'HTTP POST /api/patients',
      operation: async () => {
        const response = await postJson(agent, endpoint, confirmedRegistration(), {
          authorization: `Bearer ${token}`,
          'idempotency-key': randomUUID(),
        });
        if (response.status !== 201)
          throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      },
      close: async () => {
        agent.destroy();
        await api.stop();
      },
    };
  } catch (error) {
    agent.destroy();
    await api.stop();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}
