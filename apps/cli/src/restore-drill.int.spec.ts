import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startApi, type RunningApi } from '@hms/api';
import { freePort, loadConfig, type HmsConfig } from '@hms/core';
import {
  collabBodyText,
  connectCollabClient,
  createTestDatabase,
  insertCollabParagraph,
  waitUntil,
  type CollabClient,
  type TestDatabase,
} from '@hms/core/testing';
import { rebuildProjection, sealAudit, seed } from './commands';
import { checkRestore, verifyCollab, verifyProjections } from './verify-commands';

const run = promisify(execFile);
const ADMIN_PASSWORD = 'drill-admin-password-123';
const NOTE = ['Restore drill: febrile, chest clear.', 'Plan: fluids, review tomorrow.'];

/**
 * The restore drill of docs/operations.md, as a test: a running hospital is backed up hot with `pg_dump`, the dump
 * is restored into an empty database with `pg_restore`, and `hms restore check` passes there (audit chains and
 * checkpoints, every read model against the events, every co-edited document); the restored copy serves the same
 * records and the note opens with its text. Then the checks are shown to fail on damage they exist to find.
 */
describe('the restore drill', () => {
  let source: TestDatabase;
  let restored: TestDatabase;
  let folder: string;
  const apis: RunningApi[] = [];
  const clients: CollabClient[] = [];
  const lines: string[] = [];
  const out = (line: string): void => void lines.push(line);
  let noteId: string;
  let patientsBefore: unknown;

  const configFor = async (database: TestDatabase): Promise<HmsConfig> =>
    loadConfig({
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: 'silent',
      HMS_DB_POOL_SIZE: '4',
      REDIS_URL: process.env.REDIS_URL,
    });
  const serve = async (database: TestDatabase): Promise<{ api: RunningApi; token: string }> => {
    const api = await startApi(await configFor(database));
    apis.push(api);
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    return { api, token: ((await login.json()) as { token: string }).token };
  };
  const get = async <T>(api: RunningApi, token: string, url: string): Promise<T> => {
    const answer = await fetch(`${api.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
  const post = async <T>(api: RunningApi, token: string, url: string, body: unknown): Promise<T> => {
    const answer = await fetch(`${api.url}${url}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (answer.status !== 201) throw new Error(`POST ${url} answered ${answer.status}: ${await answer.text()}`);
    return (await answer.json()) as T;
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hms-drill-'));
    source = await createTestDatabase('hms_drill');
    const { api, token } = await serve(source);
    // A small hospital through the real command bus, and a note co-edited with the stock y-websocket client.
    expect(await seed(await configFor(source), { size: 12 }, out)).toBe(0);
    const patients = await get<{ items: { id: string }[] }>(api, token, '/api/patients?limit=100');
    const patientId = patients.items[0]!.id;
    noteId = (await post<{ id: string }>(api, token, '/api/notes', { patientId })).id;
    const editor = connectCollabClient(api.url, noteId, token);
    clients.push(editor);
    await waitUntil('synced', () => editor.provider.synced);
    NOTE.forEach((paragraph) => insertCollabParagraph(editor.doc, paragraph));
    await waitUntil(
      'the note persisted',
      async () => (await get<{ text: string }>(api, token, `/api/notes/${noteId}`)).text === NOTE.join('\n'),
    );
    expect(await sealAudit(await configFor(source), out)).toBe(0);
    patientsBefore = patients;

    // The backup is taken hot, while the API serves: pg_dump reads one consistent snapshot.
    const dump = path.join(folder, 'hms.dump');
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    restored = await createTestDatabase('hms_drill_restored');
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);
  }, 180_000);

  afterAll(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    for (const api of apis.splice(0)) await api.stop();
    await source?.drop();
    await restored?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('passes hms restore check on the restored copy: audit, every read model, every document', async () => {
    lines.length = 0;
    expect(await checkRestore(await configFor(restored), out)).toBe(0);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Audit log intact: \d+ records verified\.$/),
        expect.stringMatching(/^Audit checkpoints match: [1-9]\d* checkpoints?\.$/),
        expect.stringMatching(/^All \d+ read models match their events\.$/),
        expect.stringMatching(/^Collaborative documents: 1 opened, \d+ bytes, 0 broken\.$/),
        'Restore check passed.',
      ]),
    );
    expect(lines.filter((line) => line.includes('DIFFERS'))).toEqual([]);
  }, 180_000);

  it('serves the restored copy: the same patients, and the note opens with its text', async () => {
    const { api, token } = await serve(restored);
    expect(await get(api, token, '/api/patients?limit=100')).toEqual(patientsBefore);
    const reader = connectCollabClient(api.url, noteId, token);
    clients.push(reader);
    await waitUntil('synced', () => reader.provider.synced);
    expect(collabBodyText(reader.doc)).toBe(NOTE.join('\n'));
  }, 60_000);

  it('names a damaged read model, and matches again once it is rebuilt', async () => {
    const config = await configFor(restored);
    await run('psql', [
      restored.url,
      '-c',
      "UPDATE patient.directory SET family_name = 'Tampered' WHERE ctid IN (SELECT ctid FROM patient.directory LIMIT 1)",
    ]);
    lines.length = 0;
    expect(await verifyProjections(config, { name: 'patient.directory' }, out)).toBe(1);
    expect(lines[0]).toMatch(/^patient\.directory \(inline, \d+ events\): DIFFERS — patient\.directory has \d+ rows/);
    expect(await rebuildProjection(config, { name: 'patient.directory' }, out)).toBe(0);
    expect(await verifyProjections(config, { name: 'patient.directory' }, out)).toBe(0);
  }, 60_000);

  it('names a document that lost an update', async () => {
    await run('psql', [
      restored.url,
      '-c',
      `DELETE FROM core.collab_updates WHERE document_id = '${noteId}' AND seq = (SELECT min(seq) FROM core.collab_updates WHERE document_id = '${noteId}')`,
    ]);
    lines.length = 0;
    expect(await verifyCollab(await configFor(restored), out)).toBe(1);
    expect(lines).toContainEqual(expect.stringContaining(`${noteId} (ehr.note, revision`));
  }, 60_000);
});
