import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@hms/core';

const run = promisify(execFile);

/** A PostgreSQL server of the chaos run's own (its own data directory and port), so it can be crashed. */
export interface PrivatePostgres {
  readonly url: string;
  /** `pg_ctl restart -m immediate`: every backend killed, no checkpoint, crash recovery on start. */
  crashRestart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Creates and starts a throwaway PostgreSQL cluster with the distribution's binaries (`pg_config --bindir`), with
 * the durability settings of production (fsync and synchronous commit on). initdb refuses to run as root, so as
 * root it runs as the `postgres` system user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  const folder = mkdtempSync(path.join(tmpdir(), 'hms-chaos-pg-'));
  const data = path.join(folder, 'data');
  const port = await freePort();
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asOwner.length > 0) chownSync(folder, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
  const pgCtl = (...args: string[]) => {
    const [command, ...rest] = [...asOwner, path.join(bin, 'pg_ctl'), ...args];
    return run(command!, rest);
  };
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on -c synchronous_commit=on`;
  const [initdb, ...initArgs] = [...asOwner, path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres'];
  await run(initdb!, initArgs);
  await pgCtl('-D', data, '-o', options, '-l', path.join(folder, 'log'), '-w', 'start');
  await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'hms']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/hms`,
    crashRestart: async () => {
      await pgCtl('-D', data, '-o', options, '-l', path.join(folder, 'log'), '-m', 'immediate', '-w', 'restart');
    },
    stop: async () => {
      await pgCtl('-D', data, '-m', 'immediate', '-w', 'stop').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
