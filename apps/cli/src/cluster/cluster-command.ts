import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HmsConfig } from '@hms/core';
import type { Output } from '../commands';
import { ClusterError, startCluster } from './cluster';

/**
 * `hms cluster --api N --workers M`: N API processes and M workers behind HAProxy on PORT (HOST), until Ctrl-C or
 * SIGTERM, then an orderly stop. Every process's output is printed with its name.
 */
export async function cluster(
  config: HmsConfig,
  args: { apis: number; workers: number },
  out: Output,
): Promise<number> {
  let running;
  try {
    running = await startCluster({
      apis: args.apis,
      workers: args.workers,
      host: config.host,
      port: config.port,
      env: process.env,
      runDir: mkdtempSync(path.join(tmpdir(), 'hms-cluster-')),
      onLine: out,
    });
  } catch (error) {
    if (!(error instanceof ClusterError)) throw error;
    out(error.message);
    return 1;
  }
  out(
    `\n  ${args.apis} API process${args.apis === 1 ? '' : 'es'} and ${args.workers} worker${args.workers === 1 ? '' : 's'} behind HAProxy at ${running.url} (Ctrl-C stops them).\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  out('Stopping: the balancer, then every process gracefully.');
  await running.stop();
  return 0;
}
