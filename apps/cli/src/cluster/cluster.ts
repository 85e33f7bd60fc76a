import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@hms/core';
import { haproxyConfig } from './haproxy-config';
import { SupervisedProcess } from './supervised-process';

const run = promisify(execFile);

/** What `hms cluster` starts. */
export interface ClusterOptions {
  readonly apis: number;
  readonly workers: number;
  /** Where the load balancer listens. */
  readonly host: string;
  readonly port: number;
  /** The processes' configuration (DATABASE_URL, REDIS_URL, HMS_*); ports and roles are set per process. */
  readonly env: NodeJS.ProcessEnv;
  /** A folder for the balancer's configuration. */
  readonly runDir: string;
  readonly onLine: (line: string) => void;
}

export interface RunningCluster {
  /** The load balancer's address: what staff and clients use. */
  readonly url: string;
  readonly apis: readonly SupervisedProcess[];
  readonly apiUrls: readonly string[];
  readonly workers: readonly SupervisedProcess[];
  readonly balancer: SupervisedProcess;
  stop(): Promise<void>;
}

/** Why a cluster cannot start, in words for the operator. */
export class ClusterError extends Error {}

/**
 * Starts N API processes and M workers on this machine behind HAProxy, each supervised (started again when it
 * dies), against one PostgreSQL and one Redis. With workers, the API processes only queue jobs (`HMS_WORKERS=off`).
 * Every process migrates on start (they take turns on a lock), so the first start of a new version is safe too.
 */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  if (!options.env.DATABASE_URL)
    throw new ClusterError(
      'A cluster needs a PostgreSQL server (DATABASE_URL): the embedded database serves one process.',
    );
  if (options.apis < 1) throw new ClusterError('A cluster needs at least one API process.');
  await requireHaproxy();
  const publicUrl = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${options.port}`;
  const ports = await Promise.all(Array.from({ length: options.apis }, () => freePort()));
  const common = {
    ...options.env,
    HMS_TRUST_PROXY: 'on',
    HMS_PUBLIC_URL: options.env.HMS_PUBLIC_URL ?? publicUrl,
  };
  const apis = ports.map(
    (port, i) =>
      new SupervisedProcess({
        name: `api${i + 1}`,
        command: process.execPath,
        args: [require.resolve('@hms/api/dist/main.js')],
        env: { ...common, HOST: '127.0.0.1', PORT: String(port), HMS_WORKERS: options.workers > 0 ? 'off' : 'on' },
        onLine: options.onLine,
      }),
  );
  const workers = Array.from(
    { length: options.workers },
    (_, i) =>
      new SupervisedProcess({
        name: `worker${i + 1}`,
        command: process.execPath,
        args: [require.resolve('@hms/worker/dist/main.js')],
        env: common,
        onLine: options.onLine,
      }),
  );
  mkdirSync(options.runDir, { recursive: true });
  const configFile = path.join(options.runDir, 'haproxy.cfg');
  writeFileSync(
    configFile,
    haproxyConfig({
      host: options.host,
      port: options.port,
      apis: ports.map((port, i) => ({ name: `api${i + 1}`, port })),
    }),
  );
  await checkHaproxyConfig(configFile);
  const balancer = new SupervisedProcess({
    name: 'haproxy',
    command: 'haproxy',
    args: ['-db', '-f', configFile],
    env: process.env,
    onLine: options.onLine,
  });
  const apiUrls = ports.map((port) => `http://127.0.0.1:${port}`);
  const all = [...apis, ...workers, balancer];
  const stop = async (): Promise<void> => {
    // The balancer first, so no new request reaches a process that is finishing its own.
    await balancer.stop(2_000);
    await Promise.all([...apis, ...workers].map((p) => p.stop()));
  };
  try {
    apis.forEach((api) => api.start());
    workers.forEach((worker) => worker.start());
    await Promise.all(apiUrls.map((url) => waitForHealth(url, 120_000)));
    balancer.start();
    await waitForHealth(publicUrl, 30_000);
  } catch (error) {
    await Promise.all(all.map((p) => p.stop(2_000)));
    throw error;
  }
  return { url: publicUrl, apis, apiUrls, workers, balancer, stop };
}

async function requireHaproxy(): Promise<void> {
  try {
    await run('haproxy', ['-v']);
  } catch {
    throw new ClusterError(
      'HAProxy is not installed: install it from your distribution (Debian: apt-get install haproxy).',
    );
  }
}

async function checkHaproxyConfig(file: string): Promise<void> {
  try {
    await run('haproxy', ['-c', '-q', '-f', file]);
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? (error as Error).message;
    throw new ClusterError(`HAProxy refused the generated configuration ${file}:\n${output}`);
  }
}

/** Polls `<url>/health` until it answers 200. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const answer = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (answer.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new ClusterError(`${url} did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
