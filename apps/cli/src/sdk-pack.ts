import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { workspacePackage, type WorkspacePackage } from './package-versions';

/** What a vendor installs outside this repository: the SDK, and the kernel its test kit runs (`@hms/core/testing`). */
const PACKED = ['@hms/sdk', '@hms/core'] as const;

export class PackError extends Error {}

/**
 * Packs `@hms/sdk` and `@hms/core` from their built `dist/` into `<outDir>/hms-sdk-<version>.tgz` and
 * `hms-core-<version>.tgz` with `pnpm pack`, which rewrites `workspace:` dependencies to the versions in this
 * repository (core's `@hms/sdk` becomes the exact SDK version, so npm installs one SDK for both). Each tarball's
 * package.json is read back and refused if a `workspace:` range survived. Answers the tarballs' paths.
 */
export function packSdk(outDir: string): string[] {
  const target = path.resolve(outDir);
  fs.mkdirSync(target, { recursive: true });
  return PACKED.map((name) => {
    const pkg = workspacePackage(name);
    if (!fs.existsSync(path.join(pkg.dir, 'dist', 'index.js')))
      throw new PackError(`${name} is not built (no dist/index.js): run the build first`);
    const tarball = path.join(target, `${name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
    fs.rmSync(tarball, { force: true });
    const [command, ...args] = pnpm(pkg);
    const run = spawnSync(command!, [...args, 'pack', '--pack-destination', target], {
      cwd: pkg.dir,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (run.status !== 0 || !fs.existsSync(tarball))
      throw new PackError(`pnpm pack of ${name} failed (exit ${run.status}): ${run.stderr || run.stdout}`);
    checkPackedManifest(tarball, pkg);
    return tarball;
  });
}

/** The repository's pinned pnpm (package.json's `packageManager`), run through npx unless it is on the PATH. */
function pnpm(pkg: WorkspacePackage): string[] {
  const root = path.dirname(pkg.dir);
  const pinned = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { packageManager: string }
  ).packageManager
    .replace(/^pnpm@/, '')
    .split('+')[0]!;
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  return probe.stdout?.trim() === pinned ? ['pnpm'] : ['npx', '-y', `pnpm@${pinned}`];
}

/** Refuses a tarball whose manifest still names the workspace or another version than the package's. */
export function checkPackedManifest(tarball: string, pkg: Pick<WorkspacePackage, 'name' | 'version'>): void {
  const manifest = JSON.parse(readTarEntry(tarball, 'package/package.json')) as {
    name?: string;
    version?: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  if (manifest.name !== pkg.name || manifest.version !== pkg.version)
    throw new PackError(`${tarball} holds ${manifest.name}@${manifest.version}, not ${pkg.name}@${pkg.version}`);
  const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
  const local = Object.entries(ranges).filter(([, range]) => /^(workspace|link|file):/.test(range));
  if (local.length > 0)
    throw new PackError(`${tarball} depends on ${local.map(([n, r]) => `${n}@${r}`).join(', ')}: not installable`);
}

/** One file's text from a .tgz (ustar: 512-byte headers, each followed by its content padded to 512). */
export function readTarEntry(tarball: string, entry: string): string {
  const tar = zlib.gunzipSync(fs.readFileSync(tarball));
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) break;
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const fullName = prefix ? `${prefix}/${name}` : name;
    if (fullName === entry) return tar.subarray(offset + 512, offset + 512 + size).toString('utf8');
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new PackError(`${tarball} has no ${entry}`);
}
