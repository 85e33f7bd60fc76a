// The dependency rule from ARCHITECTURE.md, checked on source (`npm test` runs it before Jest):
//   sdk imports nothing of ours; core imports only the sdk; a plugin imports the sdk and other plugins' public
//   contracts, never core, never another plugin's internals; apps/* wire things together.
//
// How targets are matched. Workspace packages (@hms/*) are pnpm symlinks whose `main`/`exports` point at dist/,
// which may not be built yet. So one import can show up in three forms, and every pattern below accepts all three:
//   resolved to the built file            core/dist/index.js
//   resolved to source (relative import)  core/src/database/database.ts
//   not resolvable (nothing built yet)    @hms/core              (dependency-cruiser keeps the bare module name)
// dist/ and node_modules/ are never analysed (doNotFollow), only the dependencies pointing at them are checked.

/** The public entry of a package folder: its src/ or dist/ index, e.g. entry('sdk', 'testing/'). */
const entry = (dir, sub = '') => `${dir}/(src|dist)/${sub}index\\.(ts|js|d\\.ts)`;

const SDK = `^(@hms/sdk|${entry('sdk')})$`;
const SDK_TESTING = `^(@hms/sdk/testing|${entry('sdk', 'testing/')})$`;
/** The SDK's PDF writer, an entry of its own (`@hms/sdk/pdf`). */
const SDK_PDF = `^(@hms/sdk/pdf|${entry('sdk', 'pdf/')})$`;
/** The SDK's package.json, where the kernel reads the SDK version it checks plugins' `sdk` ranges against. */
const SDK_MANIFEST = '^(@hms/sdk/package[.]json|sdk/package[.]json)$';
const SDK_CLIENT = `^(@hms/sdk/client|${entry('sdk', 'client/')})$`;
const CONTRACTS = `^(@hms/plugin-[a-z0-9-]+/contracts|${entry('plugins/[^/]+', 'contracts/')})$`;
const CORE = '^(@hms/core(/|$)|core/)|(^|/)node_modules/@hms/core(/|$)';
/** Anything of ours: a workspace package by name, or a file in one of the package folders. */
const OURS = '^(@hms/|(sdk|core|plugins|apps)/)|(^|/)node_modules/@hms/';
/** Test code: spec files beside the code and test/ helpers (builders). */
const TEST_CODE = '\\.spec\\.ts$|/test/';
/** What a decider may not touch: frameworks, databases, queues, CRDTs (STYLE.md, "Domain code"). */
const INFRA_PACKAGES = '@nestjs|@mikro-orm|bullmq|ioredis|yjs|y-protocols|y-websocket|@y|pg';
const INFRA = `^(${INFRA_PACKAGES})(/|$)|(^|/)node_modules/(${INFRA_PACKAGES})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'sdk-imports-nothing-of-ours',
      comment: 'The SDK is what third-party plugins build on: it must not depend on the core, a plugin or an app.',
      severity: 'error',
      from: { path: '^sdk/' },
      to: { path: OURS, pathNot: `^sdk/(src|scripts)/|${CORE}` },
    },
    {
      name: 'sdk-testing-loads-core-only-at-run-time',
      comment:
        'The one exception to the rule above: createTestKernel (sdk/src/testing/test-kernel.ts) resolves @hms/core ' +
        'with require() when a plugin test calls it, the way @nestjs/testing needs @nestjs/core. The SDK neither ' +
        'builds against the core nor imports its types. Any other file of the SDK naming the core is an error.',
      severity: 'error',
      from: { path: '^sdk/', pathNot: '^sdk/src/testing/test-kernel[.]ts$' },
      to: { path: CORE },
    },
    {
      name: 'core-imports-only-the-sdk',
      comment:
        'The core never names a plugin or an app; of our packages it may use @hms/sdk only (with @hms/sdk/client, ' +
        'the live notices it sends the web client).',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: OURS, pathNot: `^core/|${SDK}|${SDK_TESTING}|${SDK_PDF}|${SDK_CLIENT}|${SDK_MANIFEST}` },
    },
    {
      name: 'plugin-never-imports-core',
      comment:
        'Plugins get no private door into the core, not even in tests: use @hms/sdk, and createTestKernel ' +
        'from @hms/sdk/testing.',
      severity: 'error',
      from: { path: '^plugins/' },
      to: { path: CORE },
    },
    {
      name: 'plugin-imports-only-sdk-and-contracts',
      comment:
        "A plugin imports @hms/sdk and other plugins' @hms/plugin-<name>/contracts only: never another " +
        "plugin's root package or src/, never an app.",
      severity: 'error',
      from: { path: '^plugins/([^/]+)/', pathNot: TEST_CODE },
      // $1 is the importing plugin: its own files (and its own package name) are fine. Core has its own rule.
      to: {
        path: OURS,
        pathNot: `^plugins/$1/|^@hms/plugin-$1(/|$)|${SDK}|${SDK_TESTING}|${SDK_PDF}|${SDK_CLIENT}|${CONTRACTS}|${CORE}`,
      },
    },
    {
      name: 'scheduling-and-adt-stay-apart',
      comment:
        'The patient plugin is the base of scheduling and admissions (adt): it names neither, and those two never ' +
        'name each other (not even their contracts), so a clinic enables patient+scheduling and a hospital ' +
        'without outpatients patient+adt (docs/plugins.md).',
      severity: 'error',
      from: { path: '^plugins/(patient|scheduling|adt)/' },
      to: { path: '(^|/)(@hms/plugin-|plugins/)(scheduling|adt)(/|$)', pathNot: '^plugins/$1/|^@hms/plugin-$1(/|$)' },
    },
    {
      name: 'plugin-client-uses-sdk-client-and-the-kit',
      comment:
        "A plugin's client part (plugins/<name>/client) is compiled into the web client: it imports @hms/sdk/client, " +
        "its own files and the web client's shared kit ($lib/api, $lib/stores, $lib/collab, $lib/i18n, " +
        "$lib/components/shared); never the shell itself ($lib/shell, the routes, SvelteKit's $app), another " +
        "plugin's client part, or any plugin's src/ (the browser must not load server code).",
      severity: 'error',
      from: { path: '^plugins/([^/]+)/client/' },
      to: {
        path: '^[$]app/|^[$]lib/(shell|components/shell)/|^apps/web/src/(routes|lib/shell)/|^plugins/|^@hms/plugin-',
        pathNot: '^plugins/$1/client/',
      },
    },
    {
      name: 'web-names-no-plugin',
      comment:
        "The web client's shell finds the built-in plugins' client parts by path (import.meta.glob in " +
        "lib/shell/built-in-parts.ts) and a vendor's at run time: it never imports a plugin's client part, screen or src/.",
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^plugins/|^@hms/plugin-' },
    },
    {
      name: 'plugin-tests-load-other-plugins-by-entry',
      comment:
        "A plugin's tests may also boot the plugins it works with (createTestKernel({ plugins: [patientPlugin, …] })), " +
        "through their package entry only: never another plugin's src/ or test/ files.",
      severity: 'error',
      from: { path: '^plugins/([^/]+)/(.*[.]spec[.]ts$|test/)' },
      to: {
        path: OURS,
        pathNot: `^plugins/$1/|^@hms/plugin-$1(/|$)|${SDK}|${SDK_TESTING}|${SDK_PDF}|${CONTRACTS}|${CORE}|^@hms/plugin-[a-z0-9-]+$|${entry('plugins/[^/]+')}`,
      },
    },
    {
      name: 'sdk-testing-only-in-tests',
      comment: '@hms/sdk/testing boots a real kernel on a database: spec files and test/ helpers only.',
      severity: 'error',
      from: { path: '^plugins/', pathNot: TEST_CODE },
      to: { path: SDK_TESTING },
    },
    {
      name: 'domain-is-pure',
      comment: 'Deciders are pure functions: no Nest, MikroORM, BullMQ, Redis, Yjs or database driver in domain/.',
      severity: 'error',
      from: { path: '^plugins/[^/]+/src/domain/' },
      to: { path: INFRA },
    },
    {
      name: 'no-circular',
      comment:
        'Cycles make load order fragile and hide layering mistakes. A cycle closed only by a type import (a ' +
        'translation typed by the English messages it translates) is erased at compile time and loads nothing.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-relative-import-out-of-package',
      comment: "A relative path must stay inside its own package; use the other package's name (and its public entry).",
      severity: 'error',
      from: { path: '^(sdk|core|plugins/[^/]+|apps/[^/]+)/' },
      // Except the end-to-end helpers the packages' tests share (the server as a child process, the browser, and the
      // role journeys the browser test checks and the bench times).
      to: {
        dependencyTypes: ['local'],
        dependencyTypesNot: ['aliased'],
        pathNot:
          '^$1/|^apps/api/test/e2e-support[.]ts$|^apps/web/e2e/browser[.]ts$|^apps/bench/src/journeys/role-journeys[.]ts$',
      },
    },
  ],
  options: {
    // Analyse our source only; dependencies into these folders are still checked, just not followed.
    doNotFollow: { path: '(^|/)(node_modules|dist)/' },
    // Count `import type` too: a type-only import of @hms/core is still a dependency on the core.
    tsPreCompilationDeps: true,
    moduleSystems: ['cjs', 'es6'],
  },
};
