#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import { listProjections, loadIcd10Codes, rebuildProjection, sealAudit, seed, start, verifyAudit } from './commands';
import { checkRestore, verifyCollab, verifyProjections } from './verify-commands';
import { cluster } from './cluster/cluster-command';
import { scaffoldPlugin } from './plugin-new';
import { packSdk } from './sdk-pack';

const USAGE = `Usage: hms <command>

  start [--demo]                 serve the API (with --demo: seed a demo hospital into an empty installation)
  cluster [--api N] [--workers M]
                                 N API processes (default 2) and M workers (default 1) behind HAProxy on PORT,
                                 each started again when it dies (needs DATABASE_URL and HAProxy installed)
  seed [--size N]                add N fictional patients (default 60) through the real command bus, and around
                                 them practitioners' schedules (N/500, 5 to 200) and their appointments
                                 (N/100 weeks, 1 to 52, half past and half ahead of today)
  projections list               the read models and where the async ones have got to
  projections rebuild <name>     rebuild one read model from the events (stop the server first on embedded data)
  projections verify [name]      check read models against the events, changing nothing; exit 1 names those that differ
  audit verify                   check the audit log's hash chains and checkpoints; exit 1 lists every break
  audit seal                     seal the chains' current heads into a checkpoint (run it periodically)
  collab verify                  open every co-edited document; exit 1 lists those that do not open whole
  restore check                  after restoring a backup: audit verify, projections verify and collab verify
  ehr load-icd10 <file>          load the hospital's full ICD-10 list (lines "code<TAB>title" or "code,title")
  plugin new <name> [dir]        write a new plugin package (default ./hms-plugin-<name>) made for this SDK:
                                 a command, event, query, projection, routes, permissions and a screen, tested
  sdk pack <dir>                 pack @hms/sdk and @hms/core (its test kit's kernel) into tarballs a plugin
                                 outside this repository installs with npm (build first)

Configuration comes from the environment: PORT, DATABASE_URL, HMS_DATA_DIR, REDIS_URL, HMS_PLUGINS,
HMS_ADMIN_PASSWORD (see README.md).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      size: { type: 'string' },
      api: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const [command, sub, name] = positionals;
  if (values.help || !command) return usage(out, values.help ? 0 : 2);
  // These two work on files only: no configuration, database or Redis.
  if (command === 'plugin' && sub === 'new' && name) return newPlugin(name, positionals[3], out);
  if (command === 'sdk' && sub === 'pack' && name) return pack(name, out);
  const config = loadConfig(process.env);
  if (command === 'start') return start(config, { demo: values.demo });
  if (command === 'cluster')
    return cluster(
      config,
      {
        apis: positiveInteger(values.api ?? '2', '--api'),
        workers: nonNegativeInteger(values.workers ?? '1', '--workers'),
      },
      out,
    );
  if (command === 'seed') return seed(config, { size: positiveInteger(values.size ?? '60', '--size') }, out);
  if (command === 'projections' && sub === 'list') return listProjections(config, out);
  if (command === 'projections' && sub === 'rebuild' && name) return rebuildProjection(config, { name }, out);
  if (command === 'projections' && sub === 'verify') return verifyProjections(config, name ? { name } : {}, out);
  if (command === 'audit' && sub === 'verify') return verifyAudit(config, out);
  if (command === 'collab' && sub === 'verify') return verifyCollab(config, out);
  if (command === 'restore' && sub === 'check') return checkRestore(config, out);
  if (command === 'audit' && sub === 'seal') return sealAudit(config, out);
  if (command === 'ehr' && sub === 'load-icd10' && name) return loadIcd10Codes(config, { path: name }, out);
  return usage(out, 2);
}

function newPlugin(name: string, dir: string | undefined, out: (line: string) => void): number {
  const written = scaffoldPlugin({ name, dir, taken: INSTALLED_PLUGINS.map((plugin) => plugin.name) });
  out(`Wrote ${written.files.length} files to ${written.dir}. Next:`);
  out(`  cd ${written.dir}`);
  out('  npm install -D <hms-sdk-*.tgz> <hms-core-*.tgz>   (from `hms sdk pack <dir>`, or your registry)');
  out('  npm test');
  out(`  HMS_PLUGINS=patient,${written.dir} hms start`);
  return 0;
}

function pack(dir: string, out: (line: string) => void): number {
  for (const tarball of packSdk(dir)) out(tarball);
  return 0;
}

function usage(out: (line: string) => void, code: number): number {
  out(USAGE);
  return code;
}

function nonNegativeInteger(value: string, option: string): number {
  return value === '0' ? 0 : positiveInteger(value, option);
}

function positiveInteger(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError([{ variable: option, message: 'must be a positive integer' }]);
  return n;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exit(1);
  },
);
