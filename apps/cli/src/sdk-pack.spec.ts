import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPackedManifest, readTarEntry } from './sdk-pack';

/** Tarballs made with the system's tar, as npm and pnpm lay them out (`package/…`). */
describe('checking a packed tarball', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-sdk-pack-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  function tarball(name: string, manifest: Record<string, unknown>): string {
    const dir = path.join(root, name);
    fs.mkdirSync(path.join(dir, 'package', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package', 'dist', 'index.js'), 'module.exports = {};\n'.repeat(100));
    fs.writeFileSync(path.join(dir, 'package', 'package.json'), JSON.stringify(manifest));
    const file = path.join(root, `${name}.tgz`);
    execFileSync('tar', ['-czf', file, '-C', dir, 'package/dist/index.js', 'package/package.json']);
    return file;
  }

  const core = { name: '@hms/core', version: '1.0.0' };

  it('reads a file after another one', () => {
    const file = tarball('plain', { ...core, dependencies: { '@hms/sdk': '2.7.0' } });
    expect(JSON.parse(readTarEntry(file, 'package/package.json'))).toMatchObject({ name: '@hms/core' });
    expect(() => readTarEntry(file, 'package/README.md')).toThrow(/has no package\/README.md/);
  });

  it('accepts dependencies on registry versions', () => {
    const file = tarball('installable', { ...core, dependencies: { '@hms/sdk': '2.7.0', zod: '4.6.7' } });
    expect(() => checkPackedManifest(file, core)).not.toThrow();
  });

  it.each(['workspace:*', 'workspace:^', 'link:../sdk', 'file:../sdk'])('refuses a dependency on %p', (range) => {
    const file = tarball(`local-${range.replace(/\W/g, '')}`, { ...core, dependencies: { '@hms/sdk': range } });
    expect(() => checkPackedManifest(file, core)).toThrow(`depends on @hms/sdk@${range}: not installable`);
  });

  it('refuses a tarball of another version than the package', () => {
    const file = tarball('stale', { ...core, version: '0.9.0' });
    expect(() => checkPackedManifest(file, core)).toThrow('holds @hms/core@0.9.0, not @hms/core@1.0.0');
  });
});
