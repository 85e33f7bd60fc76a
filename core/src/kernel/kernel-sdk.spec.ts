import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Node's own resolution, in a child process (Jest resolves modules itself): the built kernel's `shareKernelSdk`
 * against a plugin folder outside the repository with its own copy of `@hms/sdk`, as `npm install -D` leaves it, and
 * another package whose name merely starts like the SDK's.
 */
const BUILT = path.resolve(__dirname, '../../dist/kernel/kernel-sdk.js');

describe('a plugin loaded from outside runs on the kernel’s SDK', () => {
  let folder: string;

  beforeAll(() => {
    if (!fs.existsSync(BUILT)) throw new Error(`${BUILT} is missing: build first (pnpm build)`);
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hms-kernel-sdk-')));
    for (const [name, answer] of [
      ['@hms/sdk', 'copy'],
      ['@hms/sdk-extras', 'own'],
    ] as const) {
      const dir = path.join(folder, 'node_modules', ...name.split('/'));
      fs.mkdirSync(dir, { recursive: true });
      const exports = { '.': './index.js', './package.json': './package.json' };
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.1', exports }));
      fs.writeFileSync(path.join(dir, 'index.js'), `module.exports = ${JSON.stringify(answer)};`);
    }
    fs.writeFileSync(
      path.join(folder, 'plugin.js'),
      `module.exports = () => ({
        sdk: require.resolve('@hms/sdk'),
        sdkManifest: require.resolve('@hms/sdk/package.json'),
        extras: require('@hms/sdk-extras'),
      });`,
    );
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** What the plugin's own `require` finds, with or without the kernel sharing its SDK first. */
  const resolvedByPlugin = (share: boolean): { sdk: string; sdkManifest: string; extras: string } =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `${share ? `require(${JSON.stringify(BUILT)}).shareKernelSdk();` : ''}
           console.log(JSON.stringify(require(${JSON.stringify(path.join(folder, 'plugin.js'))})()));`,
        ],
        { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
      ),
    );

  it('finds its own copy by itself', () => {
    expect(resolvedByPlugin(false)).toEqual({
      sdk: path.join(folder, 'node_modules/@hms/sdk/index.js'),
      sdkManifest: path.join(folder, 'node_modules/@hms/sdk/package.json'),
      extras: 'own',
    });
  });

  it('gets the kernel’s SDK, subpaths included, once the kernel shares it; other packages stay its own', () => {
    const kernelSdk = fs.realpathSync(path.resolve(__dirname, '../../../sdk'));
    const resolved = resolvedByPlugin(true);
    expect(fs.realpathSync(resolved.sdk)).toBe(path.join(kernelSdk, 'dist/index.js'));
    expect(fs.realpathSync(resolved.sdkManifest)).toBe(path.join(kernelSdk, 'package.json'));
    expect(resolved.extras).toBe('own');
  });
});
