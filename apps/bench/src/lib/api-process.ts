import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** An API server running in its own process, as a hospital runs it (`node apps/api/dist/main.js`). */
export interface ApiProcess {
  readonly url: URL;
  readonly pid: number;
  /** CPU (user + system) the server process has used so far, in milliseconds (Linux `/proc`; NaN elsewhere). */
  cpuMs(): number;
  /** SIGTERM, then waits for the process to exit (a CPU profile is written on that clean exit). */
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  readonly databaseUrl: string;
  readonly adminPassword: string;
  readonly poolSize: number;
  /** HMS_PLUGINS (default `all`): a benchmark that sets up a clinic without staff records names its plugins. */
  readonly plugins?: string;
  /** Write a V8 CPU profile of the server into this directory when it stops (`node --cpu-prof`). */
  readonly cpuProfileDir?: string;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the real API entry point in a child process, so the load generator never shares the server's event loop.
 * It logs at the level a hospital runs (`HMS_LOG_LEVEL`, default `info`) to stdout, which goes to /dev/null here.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const main = path.join(path.dirname(require.resolve('@hms/api/package.json')), 'dist', 'main.js');
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, main], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      HMS_PLUGINS: options.plugins ?? 'all',
      HMS_ADMIN_PASSWORD: options.adminPassword,
      HMS_LOG_LEVEL: process.env.HMS_LOG_LEVEL ?? 'info',
      HMS_DB_POOL_SIZE: String(options.poolSize),
      HMS_QUEUE_PREFIX: `bench-${process.pid}-${port}`,
    },
    // Its log lines (JSON, to stdout as in production) are written and thrown away, not interleaved with the table.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = new URL(`http://127.0.0.1:${port}`);
  try {
    await waitUntilHealthy(url, child);
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    cpuMs: () => processCpuMs(pid),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntilHealthy(url: URL, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API process exited with code ${child.exitCode} while starting`);
    const healthy = await fetch(new URL('/health', url)).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API process did not answer /health within ${READY_TIMEOUT_MS / 1000} s`);
}

/** utime + stime of a process from `/proc/<pid>/stat`, in milliseconds. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** `getconf CLK_TCK` on Linux is 100 on every architecture Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}
