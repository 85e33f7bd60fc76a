import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLUGIN_TEMPLATE, scaffoldPlugin } from './plugin-new';
import { workspacePackage } from './package-versions';

describe('hms plugin new', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-plugin-new-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

  it('writes every template file, named after the plugin and made for this SDK', () => {
    const { dir, files } = scaffoldPlugin({ name: 'linen', dir: path.join(root, 'linen') });
    expect(files).toContain('.gitignore');
    expect(files).toContain(path.join('src', 'plugin.ts'));
    expect(files).toContain(path.join('client', 'index.js'));
    for (const file of files) expect(fs.existsSync(path.join(dir, file))).toBe(true);

    const sdk = workspacePackage('@hms/sdk').version;
    const [major, minor] = sdk.split('.');
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(manifest.name).toBe('hms-plugin-linen');
    expect(manifest.peerDependencies['@hms/sdk']).toBe(`^${major}.${minor}.0`);
    expect(manifest.devDependencies['@hms/sdk']).toBe(sdk);
    expect(manifest.devDependencies['@hms/core']).toBe(workspacePackage('@hms/core').version);
    expect(read(dir, 'src/plugin-name.ts')).toContain(`export const PLUGIN = 'linen';`);
    expect(read(dir, 'src/plugin-name.ts')).toContain(`export const SDK_RANGE = '^${major}.${minor}.0';`);
    expect(read(dir, 'client/index.js')).toContain(`const PLUGIN = 'linen';`);
    // Nothing still names the template's own plugin.
    const leftovers = files.filter((file) => /'sample'|hms-plugin-sample/.test(read(dir, file)));
    expect(leftovers).toEqual([]);
  });

  it("the template's SDK range admits this SDK (the kernel would refuse the template itself otherwise)", () => {
    const range = /SDK_RANGE = '\^(\d+)\.(\d+)\.0'/.exec(read(PLUGIN_TEMPLATE, 'src/plugin-name.ts'));
    const [major, minor] = workspacePackage('@hms/sdk').version.split('.').map(Number);
    expect(Number(range?.[1])).toBe(major);
    expect(Number(range?.[2])).toBeLessThanOrEqual(minor!);
  });

  it.each(['Linen', 'x', 'acme-linen', '1linen', 'linen_room', ''])('refuses the name %p', (name) => {
    expect(() => scaffoldPlugin({ name, dir: path.join(root, 'p') })).toThrow(/is not a plugin name/);
    expect(fs.existsSync(path.join(root, 'p'))).toBe(false);
  });

  it.each(['core', 'public', 'patient'])('refuses %p, a name already taken', (name) => {
    expect(() => scaffoldPlugin({ name, dir: path.join(root, 'p'), taken: ['patient', 'lab'] })).toThrow(
      /already taken/,
    );
    expect(fs.existsSync(path.join(root, 'p'))).toBe(false);
  });

  it('refuses a folder that already holds files, and writes nothing there', () => {
    fs.writeFileSync(path.join(root, 'notes.txt'), 'mine');
    expect(() => scaffoldPlugin({ name: 'linen', dir: root })).toThrow(/exists and is not empty/);
    expect(fs.readdirSync(root)).toEqual(['notes.txt']);
  });
});
