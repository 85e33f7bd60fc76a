import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { startApiProcess, type ApiProcess } from '../lib/api-process';
import { autocannonLoad } from '../lib/autocannon-load';
import { postJson } from '../lib/http-json';
import type { AppendMode } from './append-mode';
import { confirmedRegistration } from './fictional-patients';

const DEFAULT_ADMIN_PASSWORD = 'bench-admin-password-123';

/**
 * RegisterPatient as a client sends it, against the API as a hospital runs it: `node apps/api/dist/main.js` in its
 * own process (Fastify, bearer token, the same executor), driven by autocannon from this process. Each request has
 * its own patient and Idempotency-Key, over keep-alive connections. `node CPU ms/op` is the server process's CPU.
 */
export async function startHttpMode(url: string, poolSize: number, cpuProfileDir?: string): Promise<AppendMode> {
  const password = process.env.HMS_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD;
  const api = await startApiProcess({
    databaseUrl: url,
    adminPassword: password,
    poolSize,
    ...(cpuProfileDir ? { cpuProfileDir: path.resolve(cpuProfileDir) } : {}),
  });
  try {
    const token = await loginAsAdmin(api, password);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    return {
      key: 'http',
      label: 'HTTP POST /api/patients',
      measure: (load) =>
        autocannonLoad({
          url: api.url,
          ...load,
          expectStatus: 201,
          serverCpuMs: () => api.cpuMs(),
          nextRequest: () => ({
            method: 'POST',
            path: '/api/patients',
            headers: { ...headers, 'idempotency-key': randomUUID() },
            body: JSON.stringify(confirmedRegistration()),
          }),
        }),
      close: () => api.stop(),
    };
  } catch (error) {
    await api.stop();
    throw error;
  }
}

async function loginAsAdmin(api: ApiProcess, password: string): Promise<string> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    const login = await postJson(agent, new URL('/api/auth/login', api.url), { username: 'admin', password });
    const token = (login.body as { token?: unknown } | null)?.token;
    if (login.status !== 200 || typeof token !== 'string') {
      throw new Error(
        `Login as admin failed with HTTP ${login.status} ` +
          '(a DATABASE_URL with another admin password? set HMS_ADMIN_PASSWORD)',
      );
    }
    return token;
  } finally {
    agent.destroy();
  }
}
