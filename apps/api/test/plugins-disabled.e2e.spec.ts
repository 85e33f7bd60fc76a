import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { definePlugin } from '@hms/sdk';
import { bootKernel, PluginContractError } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration } from './e2e-support';

/** The kernel's fixture plugin, loaded by path the way a hospital adds a third-party plugin. */
const TALLY_PLUGIN_PATH = path.resolve(__dirname, '../../../core/test/fixtures/tally.plugin.ts');
const NEEDS_RADIOLOGY_PLUGIN_PATH = path.resolve(__dirname, 'fixtures/needs-radiology.plugin.ts');

describe('choosing the plugins with HMS_PLUGINS', () => {
  let database: TestDatabase;
  let api: RunningApi | undefined;

  const start = async (plugins: string): Promise<{ api: RunningApi; http: HttpClient }> => {
    api = await startTestApi(database.url, { HMS_PLUGINS: plugins });
    return { api, http: new HttpClient(api.url) };
  };
  const stop = async (): Promise<void> => {
    const running = api;
    api = undefined;
    await running?.stop();
  };
  const schemas = async (running: RunningApi): Promise<string[]> => {
    const rows = await running.kernel.db.query<{ name: string }>(
      'SELECT schema_name AS name FROM information_schema.schemata',
    );
    return rows.map((r) => r.name);
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_plugins');
  });
  afterEach(stop);
  afterAll(async () => {
    await database?.drop();
  });

  describe('HMS_PLUGINS=none', () => {
    it('mounts no plugin routes, lists no plugins and creates no plugin schema', async () => {
      const { api: running, http } = await start('none');
      const token = await http.login('admin', ADMIN_PASSWORD);

      const register = await http.call('POST', '/api/patients', { token, body: registration() });
      expect(register.status).toBe(404);
      expect(register.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(register.headers.get('x-correlation-id')).toEqual(expect.any(String));
      const search = await http.call('GET', '/api/patients?q=ana', { token });
      expect(search.status).toBe(404);
      expect(search.headers.get('content-type')).toContain(PROBLEM_JSON);

      const health = await http.call('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body.plugins).toEqual([]);
      // What the web client builds its navigation from: signed in only, and nothing enabled.
      expect((await http.call('GET', '/api/plugins')).status).toBe(401);
      expect((await http.call('GET', '/api/plugins', { token })).body).toEqual({ items: [] });

      const openApi = await http.call('GET', '/api/openapi.json');
      expect(Object.keys(openApi.body.paths).filter((p) => p.startsWith('/api/patients'))).toEqual([]);

      expect(await schemas(running)).toContain('core');
      expect(await schemas(running)).not.toContain('patient');
    }, 60_000);
  });

  describe('a third-party plugin loaded by path', () => {
    it('serves its own routes, and only those', async () => {
      const { api: running, http } = await start(TALLY_PLUGIN_PATH);
      expect(running.kernel.registry.names).toEqual(['tally']);
      const counterId = randomUUID();

      const anonymous = await http.call('GET', `/api/tallies/${counterId}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain(PROBLEM_JSON);

      const token = await http.login('admin', ADMIN_PASSWORD);
      expect((await http.call('GET', `/api/tallies/${counterId}`, { token })).status).toBe(404);
      const increment = await http.call('POST', `/api/tallies/${counterId}/increments`, { token, body: { by: 3 } });
      expect(increment.status).toBe(201);
      const total = await http.call('GET', `/api/tallies/${counterId}`, { token });
      expect(total).toEqual(expect.objectContaining({ status: 200, body: { total: 3, version: 1 } }));

      const patients = await http.call('GET', '/api/patients', { token });
      expect(patients.status).toBe(404);
      expect(patients.headers.get('content-type')).toContain(PROBLEM_JSON);

      expect((await http.call('GET', '/health')).body.plugins).toEqual(['tally@1.2.0']);
      // No client part declared: the web client shows nothing of it (no module URL to load).
      expect((await http.call('GET', '/api/plugins', { token })).body).toEqual({
        // Its commands declared offline-capable are named (SDK 2.9), for a client part that would queue them.
        items: [
          {
            name: 'tally',
            version: '1.2.0',
            offlineCommands: ['tally.Increment', 'tally.CloseCounter', 'tally.BreakCounter'],
          },
        ],
      });
      expect((await http.call('GET', '/api/plugins/tally/client/index.js')).status).toBe(404);
      // The patient plugin stayed disabled through both starts: its schema was never created.
      expect(await schemas(running)).toEqual(expect.arrayContaining(['core', 'tally']));
      expect(await schemas(running)).not.toContain('patient');
    }, 60_000);
  });

  describe('a broken plugin contract', () => {
    it('makes startApi reject, naming the plugin and its missing dependency', async () => {
      const started = start(`patient,${NEEDS_RADIOLOGY_PLUGIN_PATH}`);
      await expect(started).rejects.toThrow(PluginContractError);
      await expect(started).rejects.toThrow(
        /Plugin "needs-radiology": depends on "radiology" \^2\.0\.0, which is not installed/,
      );
    });

    it('makes bootKernel reject before touching the database, naming the plugin', async () => {
      const orphan = definePlugin({
        name: 'orphan',
        version: '1.0.0',
        sdk: '^2.0.0',
        dependsOn: { radiology: '^1.0.0' },
      });
      const booted = bootKernel({
        installed: [...INSTALLED_PLUGINS, orphan],
        selection: 'all',
        database: { kind: 'server', url: database.url },
      });
      await expect(booted).rejects.toThrow(/Plugin "orphan": depends on "radiology" \^1\.0\.0, which is not installed/);
    });

    it('names an installed but disabled dependency as such', async () => {
      const needsPatient = definePlugin({
        name: 'ward',
        version: '1.0.0',
        sdk: '^2.0.0',
        dependsOn: { patient: '^1.0.0' },
      });
      const booted = bootKernel({
        installed: [...INSTALLED_PLUGINS, needsPatient],
        selection: ['ward'],
        database: { kind: 'server', url: database.url },
      });
      await expect(booted).rejects.toThrow(
        /Plugin "ward": depends on "patient" \^1\.0\.0, which is installed but not enabled/,
      );
    });
  });
});
