import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { startApiProcess, type ApiProcess } from '../lib/api-process';
import { autocannonLoad } from '../lib/autocannon-load';
import { postJson, type JsonResponse } from '../lib/http-json';
import type { AppendMode } from './append-mode';
import { confirmedRegistration } from './fictional-patients';

const DEFAULT_ADMIN_PASSWORD = 'bench-admin-password-123';
const PHYSICIAN_PASSWORD = 'bench-physician-password-123';
/** Inpatients whose charts the physician reads in turn: each request is one of them. */
const INPATIENTS = 8;

/**
 * A clinical read as a physician makes it: `GET /api/charts/:patientId` for patients admitted under them (the care
 * relationship `adt.attending`), so each request runs the care-relationship check and writes its audit record. The
 * API runs in its own process, driven by autocannon from this one, like the registration cells.
 */
export async function startHttpChartMode(url: string, poolSize: number, cpuProfileDir?: string): Promise<AppendMode> {
  const adminPassword = process.env.HMS_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD;
  const api = await startApiProcess({
    databaseUrl: url,
    adminPassword,
    poolSize,
    ...(cpuProfileDir ? { cpuProfileDir: path.resolve(cpuProfileDir) } : {}),
  });
  try {
    const { token, patientIds } = await admitUnderAPhysician(api, adminPassword);
    let next = 0;
    return {
      key: 'chart',
      label: 'HTTP GET /api/charts/:id',
      measure: (load) =>
        autocannonLoad({
          url: api.url,
          ...load,
          expectStatus: 200,
          serverCpuMs: () => api.cpuMs(),
          nextRequest: () => ({
            method: 'GET',
            path: `/api/charts/${patientIds[next++ % patientIds.length]}`,
            headers: { authorization: `Bearer ${token}` },
          }),
        }),
      close: () => api.stop(),
    };
  } catch (error) {
    await api.stop();
    throw error;
  }
}

/** A physician account linked to a practitioner, a ward, and patients admitted there with them attending. */
async function admitUnderAPhysician(
  api: ApiProcess,
  adminPassword: string,
): Promise<{ token: string; patientIds: string[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const call = async (method: string, route: string, token: string | null, body?: unknown): Promise<JsonResponse> => {
    const headers = token ? { authorization: `Bearer ${token}` } : undefined;
    const answer = await postJson(agent, new URL(route, api.url), body ?? {}, headers, method);
    if (answer.status >= 300)
      throw new Error(`${method} ${route}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const field = (answer: JsonResponse, name: string): string => {
    const value = (answer.body as Record<string, unknown> | null)?.[name];
    if (typeof value !== 'string') throw new Error(`No ${name} in ${JSON.stringify(answer.body)}`);
    return value;
  };
  try {
    const admin = field(
      await call('POST', '/api/auth/login', null, { username: 'admin', password: adminPassword }),
      'token',
    );
    const suffix = Date.now().toString(36);
    const username = `bench-physician-${suffix}`;
    // Its own role: the suggested `physician` may lack the chart if a kernel with fewer plugins created it first
    // (the command-bus cells boot one with the patient plugin alone), and a suggested role is never changed after.
    const role = `bench-physician-${suffix}`;
    await call('PUT', `/api/admin/roles/${role}`, admin, {
      description: 'Reads charts (benchmark)',
      permissions: ['ehr:chart:read', 'patient:record:read'],
    });
    const account = await call('POST', '/api/admin/accounts', admin, {
      username,
      password: PHYSICIAN_PASSWORD,
      displayName: 'Bench physician',
      roles: [role],
    });
    const practitionerId = randomUUID();
    await call('PUT', `/api/admin/accounts/${field(account, 'id')}/practitioner`, admin, { practitionerId });
    const beds = Array.from({ length: INPATIENTS }, (_, i) => String(i + 1));
    const ward = await call('POST', '/api/wards', admin, {
      code: `B${suffix}`.slice(0, 10).toUpperCase(),
      name: `Bench ward ${suffix}`,
      specialty: 'Internal medicine',
      beds,
    });
    const board = await call('GET', `/api/wards/${field(ward, 'id')}/board`, admin);
    const bedIds = ((board.body as { beds?: { id: string }[] }).beds ?? []).map((bed) => bed.id);
    const patientIds: string[] = [];
    for (const bedId of bedIds) {
      const patient = field(await call('POST', '/api/patients', admin, confirmedRegistration()), 'id');
      await call('POST', '/api/admissions', admin, {
        patientId: patient,
        wardId: field(ward, 'id'),
        bedId,
        reason: { category: 'emergency' },
        admittingPractitionerId: practitionerId,
      });
      patientIds.push(patient);
    }
    const token = field(
      await call('POST', '/api/auth/login', null, { username, password: PHYSICIAN_PASSWORD }),
      'token',
    );
    // The relationship holds: a refusal here would make every measured request an error.
    await call('GET', `/api/charts/${patientIds[0]}`, token);
    return { token, patientIds };
  } finally {
    agent.destroy();
  }
}
