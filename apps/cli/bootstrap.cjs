#!/usr/bin/env node
// `npm start` / `npm test` on a fresh clone (only Node.js and npm), and `pnpm start` / `pnpm test` in a checkout.
// Plain CommonJS with no dependencies, because it runs before anything is installed or built.
//   start [args…]  install if needed, build (packages and web client), check Redis, then run `hms start --demo [args…]`
//   test [args…]   install if needed, build, dependency lint, Jest [args…], then the web client's Vitest tests, then
//                  with HMS_NODE_LEGS=1 (CI) part of Jest again on each other supported Node (node-legs.cjs);
//                  the last line is the count of them all
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
process.chdir(ROOT); // every path below is relative to the repository root
const WINDOWS = process.platform === 'win32'; // .cmd shims (npx, node_modules/.bin/*) need a shell there
// One source of truth for the pnpm version: package.json's `packageManager` ("pnpm@12.4.2", maybe "+sha…").
const PNPM_VERSION = require(path.join(ROOT, 'package.json'))
  .packageManager.replace(/^pnpm@/, '')
  .split('+')[0];
const JEST_JSON = path.join('.ci-out', 'jest.json');
const VITEST_JSON = path.join('.ci-out', 'vitest.json');

const say = (message) => console.log(`hms: ${message}`);
const bin = (name) => path.join('node_modules', '.bin', name);

/** Runs a command in the foreground with our stdio; returns its exit code. */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: WINDOWS });
  if (result.error) console.error(`hms: could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** A globally installed pnpm is used only at the pinned version: another version may rewrite the lockfile. */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: WINDOWS });
  return probe.stdout?.trim() === PNPM_VERSION ? ['pnpm'] : ['npx', '-y', `pnpm@${PNPM_VERSION}`];
}

/** pnpm install with the pinned pnpm, only when node_modules is missing or older than the lockfile. */
function ensureInstalled() {
  const marker = path.join('node_modules', '.modules.yaml'); // pnpm rewrites it on every real install
  const lockfile = 'pnpm-lock.yaml';
  const hasLock = fs.existsSync(lockfile);
  const mtime = (file) => fs.statSync(file).mtimeMs;
  const reason = !fs.existsSync(marker)
    ? 'dependencies are not installed'
    : hasLock && mtime(marker) < mtime(lockfile)
      ? 'pnpm-lock.yaml is newer than node_modules'
      : null;
  if (!reason) return 0;

  const pnpm = pnpmCommand();
  // The lockfile is the record of what was tested: install exactly it, never update it on the fly.
  const frozen = process.env.CI === 'true' || hasLock ? ['--frozen-lockfile'] : [];
  const [command, ...args] = [...pnpm, 'install', ...frozen];
  say(`${reason}; running ${[command, ...args].join(' ')}`);
  const code = run(command, args);
  // An "already up to date" install may leave the marker untouched (say, after a checkout touched the lockfile):
  // touch it so the next run does not install again.
  if (code === 0 && fs.existsSync(marker)) fs.utimesSync(marker, new Date(), new Date());
  return code;
}

/** Incremental build of every package (this is also the typecheck). */
function build() {
  say('building (tsc -b tsconfig.json)');
  return run(bin('tsc'), ['-b', 'tsconfig.json']);
}

/** The web client (apps/web, SvelteKit), built into apps/web/build, which the API serves at `/`. */
function buildWeb() {
  say('building the web client (pnpm --filter @hms/web build)');
  const [command, ...args] = [...pnpmCommand(), '--filter', '@hms/web', 'build'];
  return run(command, args);
}

/**
 * The tests' own typecheck: Jest's SWC transform strips types without checking them, and the build leaves spec
 * files out, so each package's tsconfig.spec.json checks them here.
 */
function typecheckTests() {
  const configs = ['sdk', 'core', ...subfolders('plugins'), ...subfolders('apps')]
    .map((pkg) => path.join(pkg, 'tsconfig.spec.json'))
    .filter((file) => fs.existsSync(file));
  say(`typechecking tests (${configs.length} packages)`);
  for (const config of configs) {
    const code = run(bin('tsc'), ['-p', config]);
    if (code !== 0) return code;
  }
  return 0;
}

/** The dependency rule from ARCHITECTURE.md, on our source folders only (never node_modules or dist). */
function lint() {
  const packages = ['sdk', 'core', ...subfolders('plugins'), ...subfolders('apps')];
  // client/: a plugin's part of the web client (plugins/<name>/client), outside src/ so the server build never sees it.
  const sources = packages.flatMap((pkg) => ['src', 'test', 'client'].map((dir) => `${pkg}/${dir}`)).filter(isDir);
  say(`checking dependency rules (depcruise) in ${sources.join(' ')}`);
  const rules = run(bin('depcruise'), ['--config', '.dependency-cruiser.cjs', ...sources]);
  if (rules !== 0) return rules;
  // Formatting (Prettier, 120 columns) and the code rules (ESLint: typescript-eslint, eslint-plugin-svelte), both
  // configured at the root; `pnpm format` rewrites what Prettier would change.
  say('checking formatting (prettier --check) and lint (eslint)');
  const formatted = run(bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,js,cjs,mjs,svelte,css,json}']);
  if (formatted !== 0) return formatted;
  return run(bin('eslint'), ['--max-warnings', '0', '.']);
}
const isDir = (dir) => fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
const subfolders = (dir) =>
  isDir(dir)
    ? fs
        .readdirSync(dir)
        .map((name) => `${dir}/${name}`)
        .filter(isDir)
    : [];

/** Jest, Vitest, the Node legs, then the one-line count of them all that CI reads; the count is printed last. */
function test(extraArgs) {
  // Never report a previous run's results.
  for (const file of [JEST_JSON, VITEST_JSON]) fs.rmSync(file, { force: true }); // the legs remove their own
  const steps = [
    ['installing dependencies', ensureInstalled],
    ['the build', build],
    ['the web client build', buildWeb],
    ['the typecheck of the tests', typecheckTests],
    ['the dependency lint', lint],
  ];
  for (const [step, action] of steps) {
    const code = action();
    if (code !== 0) return finishTests(code, [[JEST_JSON, `${step} failed (exit code ${code}), so no test ran`]]);
  }
  fs.mkdirSync(path.dirname(JEST_JSON), { recursive: true }); // Jest writes the file but not its folder
  const env = {
    ...process.env,
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    // PGlite (the embedded database, tested for real) loads its WebAssembly with import(), which Jest's module
    // runtime only allows in its ESM mode.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
  };
  const args = ['--ci', '--json', `--outputFile=${JEST_JSON}`, '--maxWorkers=2', ...extraArgs];
  say(`running jest ${args.join(' ')}`);
  const jestCode = run(bin('jest'), args, env);
  const vitestCode = testWeb();
  // Opt-in: a developer's `npm test` should not download two Node.js binaries (about 50 MB each) on its first run.
  const legs =
    process.env.HMS_NODE_LEGS === '1'
      ? require('./node-legs.cjs').runNodeLegs({ env, outputFolder: path.dirname(JEST_JSON), say, run })
      : { code: 0, reports: [] };
  return finishTests(jestCode || vitestCode || legs.code, [
    [JEST_JSON, `Jest exited with code ${jestCode} and wrote no ${JEST_JSON}`],
    [VITEST_JSON, `Vitest exited with code ${vitestCode} and wrote no ${VITEST_JSON}`],
    ...legs.reports,
  ]);
}

/** The web client's Vitest tests; its JSON report has the same counts as Jest's. */
function testWeb() {
  // Through pnpm, so it runs in apps/web, where SvelteKit's Vite plugin finds svelte.config.js.
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.resolve(VITEST_JSON)}`];
  say(`running vitest ${args.join(' ')} in apps/web`);
  const [command, ...pnpmArgs] = [...pnpmCommand(), '--filter', '@hms/web', 'exec', 'vitest', ...args];
  return run(command, pnpmArgs);
}

/** Sums the reports; a missing one counts as one failure, so a broken run never looks green. */
function finishTests(code, reports = [[JEST_JSON, 'no test ran']]) {
  let passed = 0;
  let failed = 0;
  for (const [file, whyNoResults] of reports) {
    try {
      const results = JSON.parse(fs.readFileSync(file, 'utf8'));
      // A test file that fails to load has no failed test in it: count it as one.
      const broken = (results.testResults ?? []).filter(
        (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
      );
      passed += results.numPassedTests ?? 0;
      failed += (results.numFailedTests ?? 0) + broken.length;
    } catch {
      say(whyNoResults);
      failed += 1;
    }
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return code;
}

/** Raw RESP PING: tells "nothing listens" apart from "Redis answers" without any client library. */
function pingRedis(url) {
  return new Promise((resolve) => {
    let target;
    try {
      target = new URL(url);
    } catch {
      return resolve(`REDIS_URL is not a valid URL`);
    }
    const tls = target.protocol === 'rediss:';
    const host = target.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    const port = Number(target.port) || 6379;
    const options = { host, port, servername: tls ? host : undefined };
    const socket = require(tls ? 'node:tls' : 'node:net').connect(options, () => socket.write('*1\r\n$4\r\nPING\r\n'));
    let reply = '';
    const done = (problem) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(3000, () => done('no answer within 3 s'));
    socket.on('error', (error) => done(error.code || error.message));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (!reply.includes('\r\n')) return;
      const line = reply.split('\r\n')[0];
      // -NOAUTH: a Redis that wants a password (given in REDIS_URL) is there; the server logs in itself.
      done(line === '+PONG' || line.startsWith('-NOAUTH') ? null : `it answered "${line}"`);
    });
  });
}

async function start(extraArgs) {
  // Checked first: telling a new user about Redis should not wait for a minute of install and build.
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const problem = await pingRedis(redisUrl);
  if (problem) {
    console.error(
      [
        `hms: Redis is not reachable at ${redisUrl} (${problem}).`,
        'The server needs Redis for its job queues and live collaboration. Get one running, then run this again:',
        '  Debian/Ubuntu:  sudo apt-get install redis-server',
        '  macOS:          brew install redis && brew services start redis',
        '  Docker:         docker run -p 6379:6379 redis:7',
        'Or point REDIS_URL at a Redis you already have: REDIS_URL=redis://HOST:6379 npm start',
      ].join('\n'),
    );
    return 1;
  }
  for (const action of [ensureInstalled, build, buildWeb]) {
    const code = action();
    if (code !== 0) return code;
  }
  const main = path.join('apps', 'cli', 'dist', 'main.js');
  if (!fs.existsSync(main)) {
    console.error(`hms: the build produced no ${main}; nothing to start`);
    return 1;
  }
  // The server reads PORT, DATABASE_URL, HMS_DATA_DIR, REDIS_URL, HMS_PLUGINS, HMS_ADMIN_PASSWORD itself.
  const child = spawn(process.execPath, [main, 'start', '--demo', ...extraArgs], { stdio: 'inherit' });
  // Ctrl+C already reaches the child (same process group): just stay alive until it has shut down.
  // SIGTERM/SIGHUP (a service manager, a container stop) reach only us: pass them on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? 128 + (require('node:os').constants.signals[signal] || 0))),
  );
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const extraArgs = rest[0] === '--' ? rest.slice(1) : rest;
  if (command === 'start') return start(extraArgs);
  if (command === 'test') return test(extraArgs);
  console.error('usage: node apps/cli/bootstrap.cjs start|test [args…]');
  return 2;
}

main().then((code) => process.exit(code));
