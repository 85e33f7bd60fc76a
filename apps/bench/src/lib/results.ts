import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';

/** Where a result was measured: enough to tell whether two result files are comparable. */
export interface MachineInfo {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  /** Load average over the last minute when the run started: other work on the machine skews everything. */
  readonly loadAverage1m: number;
  readonly postgres: string;
  /** Server settings that move write throughput the most. */
  readonly postgresSettings: Readonly<Record<string, string>>;
  readonly gitCommit?: string;
}

const POSTGRES_SETTINGS = [
  'synchronous_commit',
  'fsync',
  'wal_sync_method',
  'shared_buffers',
  'max_connections',
  'commit_delay',
];

export async function machineInfo(pool: Pool): Promise<MachineInfo> {
  const version = await pool.query<{ version: string }>('SELECT version()');
  const settings = await pool.query<{ name: string; setting: string; unit: string | null }>(
    'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name',
    [POSTGRES_SETTINGS],
  );
  const commit = gitCommit();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: Number((os.loadavg()[0] ?? 0).toFixed(2)),
    postgres: version.rows[0]?.version ?? 'unknown',
    postgresSettings: Object.fromEntries(
      settings.rows.map((s) => [s.name, s.unit ? `${s.setting} (${s.unit})` : s.setting]),
    ),
    ...(commit ? { gitCommit: commit } : {}),
  };
}

/** Writes `<outDir>/<benchmark>-<timestamp>.json` and answers its path. */
export async function writeResults(outDir: string, benchmark: string, content: unknown): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(outDir, `${benchmark}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}

/** The checked-out commit, when run from a git checkout (a dirty tree is marked). */
function gitCommit(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirty === '' ? head : `${head} (uncommitted changes)`;
  } catch {
    return undefined;
  }
}
