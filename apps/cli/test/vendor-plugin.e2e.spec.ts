import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import sdkManifestInRepository from '@hms/sdk/package.json';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, ServerProcess } from '../../api/test/e2e-support';
import { signIn, startBrowser } from '../../web/e2e/browser';
import { readTarEntry } from '../src/sdk-pack';

/**
 * The vendor's path, as a vendor walks it, outside this repository: the built CLI packs the SDK and the kernel its
 * test kit runs, scaffolds a plugin into a temporary folder, npm installs the tarballs there (the rest of the tree
 * from the npm registry), the plugin's own build and tests run, and the compiled server loads it by path: its
 * routes answer, its refusal is a 422 (it runs on the kernel's SDK), its screen opens in Chromium, and a request made
 * there offline lands once when the network is back. Then the same
 * plugin asking for an SDK the kernel does not provide is refused by name.
 */
const CLI = path.resolve(__dirname, '..', 'dist', 'main.js');
const NAME = 'supplies';

describe('a vendor plugin from `hms plugin new` to a screen in the browser', () => {
  let work: string;
  let plugin: string;
  let tarballs: { sdk: string; core: string };
  let database: TestDatabase | undefined;
  let server: ServerProcess | undefined;

  /**
   * A child process with the environment a vendor's shell would have, failing loudly: without Jest's NODE_OPTIONS
   * and without the npm_* settings a package manager running this test exported (pnpm's engineStrict, its prefix).
   */
  const run = (command: string, args: string[], cwd: string): string => {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS' && !/^npm_/i.test(name)),
    );
    const result: SpawnSyncReturns<string> = spawnSync(command, args, {
      cwd,
      env: inherited,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${output.slice(-6000)}`);
    return output;
  };

  beforeAll(() => {
    assertServerBuilt();
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build first (pnpm build)`);
    // os.tmpdir(): outside the workspace, so nothing resolves from the repository's node_modules.
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-vendor-'));
    plugin = path.join(work, `hms-plugin-${NAME}`);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('packs the SDK and the kernel into tarballs npm can install', () => {
    const printed = run(process.execPath, [CLI, 'sdk', 'pack', path.join(work, 'packs')], work)
      .trim()
      .split('\n');
    const [sdk, core] = printed;
    expect(path.basename(sdk!)).toMatch(/^hms-sdk-\d+\.\d+\.\d+\.tgz$/);
    expect(path.basename(core!)).toMatch(/^hms-core-\d+\.\d+\.\d+\.tgz$/);
    tarballs = { sdk: sdk!, core: core! };
    const sdkManifest = JSON.parse(readTarEntry(sdk!, 'package/package.json'));
    const coreManifest = JSON.parse(readTarEntry(core!, 'package/package.json'));
    // One source of truth: the version packed is the workspace's, and the kernel depends on exactly it.
    expect(sdkManifest.version).toBe(sdkManifestInRepository.version);
    expect(coreManifest.dependencies['@hms/sdk']).toBe(sdkManifest.version);
    expect(JSON.stringify(coreManifest)).not.toContain('workspace:');
  }, 120_000);

  it('scaffolds a plugin that installs, builds and passes its own tests on the first try', () => {
    run(process.execPath, [CLI, 'plugin', 'new', NAME, plugin], work);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '-D', tarballs.sdk, tarballs.core], plugin);
    // One SDK in the tree: the kernel's dependency is the same package the plugin builds against.
    expect(fs.existsSync(path.join(plugin, 'node_modules', '@hms', 'core', 'node_modules', '@hms', 'sdk'))).toBe(false);
    const tested = run('npm', ['test'], plugin);
    expect(tested).toMatch(/^# fail 0$/m);
    expect(tested).toMatch(/^# pass [1-9]\d*$/m);
    expect(fs.existsSync(path.join(plugin, 'dist', 'index.js'))).toBe(true);
  }, 150_000);

  it('loads into the server by path: its routes answer, and a refusal is a 422', async () => {
    database = await createTestDatabase('vendor_plugin');
    server = await ServerProcess.start({
      DATABASE_URL: database.url,
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: 'warn',
      HMS_PLUGINS: `patient,${plugin}`,
    });
    const http = new HttpClient(server.url);
    const token = await http.login('admin', ADMIN_PASSWORD);
    expect((await http.call('GET', '/health')).body.plugins).toContain(`${NAME}@0.1.0`);

    const body = { ward: 'MED2', item: 'Gloves', quantity: 12 };
    const created = await http.call('POST', `/api/${NAME}/requests`, { token, body });
    expect(created.status).toBe(201);
    const again = await http.call('POST', `/api/${NAME}/requests`, { token, body });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('ALREADY_REQUESTED');
    const listed = await http.call('GET', `/api/${NAME}/requests?ward=MED2`, { token });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, item: 'gloves', quantity: 12 })]);
    expect((await http.call('GET', `/api/${NAME}/requests`)).status).toBe(401);

    const plugins = await http.call('GET', '/api/plugins', { token });
    expect(plugins.body.items).toContainEqual(
      expect.objectContaining({ name: NAME, client: `/api/plugins/${NAME}/client/index.js` }),
    );
  }, 60_000);

  it('shows its screen in Chromium, from the menu', async () => {
    const { browser, close } = await startBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
      page.setDefaultTimeout(20_000);
      await signIn(page, server!.url, 'admin', ADMIN_PASSWORD);
      await page.getByRole('link', { name: 'Supplies' }).first().click();
      await page.waitForURL(`**/${NAME}`);
      await page.getByRole('heading', { name: 'Supply requests' }).waitFor();
      const table = page.getByRole('table', { name: 'Supply requests' });
      await table.getByRole('cell', { name: 'gloves' }).waitFor();
      // Its own messages, nested keys included, through the shell's context.t.
      await table.getByRole('columnheader', { name: 'Ward' }).waitFor();
      expect(await table.getByRole('row').count()).toBe(2); // the heading row and the one request
    } finally {
      await close();
    }
  }, 60_000);

  it('requests supplies offline through context.queue: back online the server has it exactly once', async () => {
    // Nothing of the web client's source knows this plugin: its command is declared offline in its contracts, its
    // screen queues it through the shell's context, and the shell's one outbox sends it.
    const http = new HttpClient(server!.url);
    const token = await http.login('admin', ADMIN_PASSWORD);
    const { browser, close } = await startBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
      page.setDefaultTimeout(20_000);
      await signIn(page, server!.url, 'admin', ADMIN_PASSWORD);
      await page.getByRole('link', { name: 'Supplies' }).first().click();
      await page.waitForURL(`**/${NAME}`);
      const form = page.getByRole('form', { name: 'Request supplies' });
      await form.waitFor();

      await page.context().setOffline(true);
      await form.getByLabel('Ward').fill('MED3');
      await form.getByLabel('Item').fill('Masks');
      await form.getByLabel('Quantity').fill('40');
      await form.getByRole('button', { name: 'Request' }).click();
      await page.getByText('Kept on this computer: sent when the network is back.').waitFor();
      const table = page.getByRole('table', { name: 'Supply requests' });
      await table.getByRole('cell', { name: 'waiting to be sent' }).waitFor();
      expect((await http.call('GET', `/api/${NAME}/requests?ward=MED3`, { token })).body.items).toEqual([]);

      await page.context().setOffline(false);
      await page.getByText('Everything is sent').waitFor({ timeout: 30_000 });
      await table.getByRole('cell', { name: 'masks' }).waitFor();
      expect(await table.getByRole('cell', { name: 'waiting to be sent' }).count()).toBe(0);
      const landed = await http.call('GET', `/api/${NAME}/requests?ward=MED3`, { token });
      expect(landed.body.items).toEqual([expect.objectContaining({ item: 'masks', quantity: 40 })]);
      // /api/plugins tells clients which of its commands may be queued.
      const plugins = await http.call('GET', '/api/plugins', { token });
      expect(plugins.body.items).toContainEqual(
        expect.objectContaining({ name: NAME, offlineCommands: [`${NAME}.RequestSupplies`] }),
      );
    } finally {
      await close();
    }
  }, 90_000);

  it('is refused by name when it asks for an SDK the kernel does not provide', async () => {
    await server?.stop();
    server = undefined;
    const names = path.join(plugin, 'dist', 'plugin-name.js');
    fs.writeFileSync(names, fs.readFileSync(names, 'utf8').replace(/SDK_RANGE = '[^']+'/, "SDK_RANGE = '^99.0.0'"));
    await expect(
      ServerProcess.start({
        DATABASE_URL: database!.url,
        HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
        HMS_PLUGINS: `patient,${plugin}`,
      }),
    ).rejects.toThrow(
      `Plugin "${NAME}": needs SDK ^99.0.0, but this kernel provides SDK ${sdkManifestInRepository.version}`,
    );
  }, 60_000);
});
