import { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './api-process';
import { BenchClient } from './bench-client';
import { openBenchDatabase, type BenchDatabase } from './bench-database';
import { machineInfo, type MachineInfo } from './results';

/** The admin's password on a benchmark's own API (HMS_ADMIN_PASSWORD when set). */
export const benchAdminPassword = (): string => process.env.HMS_ADMIN_PASSWORD ?? 'bench-admin-password-123';

/** What a benchmark against the real API gets: its database, the machine, the API process and a signed-in admin. */
export interface ApiBench {
  readonly database: BenchDatabase;
  readonly machine: MachineInfo;
  readonly api: ApiProcess;
  readonly client: BenchClient;
  readonly password: string;
}

/**
 * Runs a benchmark against the real API in its own process: opens a database of its own, prints the lines `header`
 * makes of the machine and the database (before the API starts, so a slow start is not taken for the benchmark),
 * starts the API with a pool of `poolSize` (and `plugins`, else all), signs the admin in, runs `body`, and stops
 * and releases everything, also when `body` fails.
 */
export async function withApiBench<T>(
  poolSize: number,
  header: (machine: MachineInfo, database: BenchDatabase) => readonly string[],
  body: (bench: ApiBench) => Promise<T>,
  plugins?: string,
): Promise<T> {
  const database = await openBenchDatabase();
  const admin = new Pool({ connectionString: database.url, max: 2 });
  const password = benchAdminPassword();
  let api: ApiProcess | undefined;
  try {
    const machine = await machineInfo(admin);
    process.stdout.write([...header(machine, database), ''].join('\n'));
    api = await startApiProcess({ databaseUrl: database.url, adminPassword: password, poolSize, plugins });
    const client = new BenchClient(api.url);
    await client.login(password);
    return await body({ database, machine, api, client, password });
  } finally {
    await api?.stop();
    await admin.end();
    await database.release();
  }
}
