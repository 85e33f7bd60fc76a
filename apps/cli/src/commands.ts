import {
  bootKernel,
  sealAuditCheckpoint,
  seedPlugins,
  verifyAuditCheckpoints,
  verifyAuditLog,
  type HmsConfig,
  type Kernel,
} from '@hms/core';
import { serveUntilSignalled, startApi } from '@hms/api';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import { loadIcd10 } from './load-icd10';

/** What a command prints and its exit code; commands never call process.exit themselves. */
export type Output = (line: string) => void;

/** Boots the kernel for a one-shot command (no projection following), runs `work`, and always closes it. */
export async function withKernel<T>(config: HmsConfig, work: (kernel: Kernel) => Promise<T>): Promise<T> {
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: config.plugins,
    database: config.database.kind === 'server' ? { kind: 'server', url: config.database.url } : config.database,
    poolSize: Math.min(config.dbPoolSize, 4),
    auditShards: config.auditShards,
    access: { policy: config.accessPolicy, emergencyMinutes: config.emergencyAccessMinutes },
  });
  try {
    return await work(kernel);
  } finally {
    await kernel.close();
  }
}

export async function start(config: HmsConfig, args: { demo: boolean }): Promise<never> {
  const api = await startApi(config, { demo: args.demo });
  process.stdout.write(
    `\n  Open ${api.url}/api/docs for the API, ${api.url}/health for its state. Ctrl-C stops it.\n\n`,
  );
  return serveUntilSignalled(api);
}

export async function seed(config: HmsConfig, args: { size: number }, out: Output): Promise<number> {
  const reports = await withKernel(config, (kernel) =>
    seedPlugins(kernel, {
      size: args.size,
      onlyWhenEmpty: false,
      onProgress: (plugin, message) => out(`${plugin}: ${message}`),
      // Embedded PGlite runs one backend for every connection: one command at a time.
      ...(config.database.kind === 'server' ? {} : { concurrency: 1 }),
    }),
  );
  if (reports.length === 0) out('No enabled plugin contributes demo data.');
  for (const report of reports) out(`${report.plugin}: created ${report.created}`);
  return 0;
}

export async function rebuildProjection(config: HmsConfig, args: { name: string }, out: Output): Promise<number> {
  const started = performance.now();
  const { events } = await withKernel(config, (kernel) => kernel.rebuildProjection(args.name));
  out(`Rebuilt ${args.name} from ${events} events in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}

export async function listProjections(config: HmsConfig, out: Output): Promise<number> {
  await withKernel(config, async (kernel) => {
    // A checkpoint carried over from position order keeps its position as the floor until it reads past it.
    const rows = await kernel.db.query<{ name: string; position: string }>(
      'SELECT name, GREATEST(position, position_floor) AS position FROM core.projection_checkpoints',
    );
    const positions = new Map(rows.map((r) => [r.name, r.position]));
    for (const { plugin, item } of kernel.registry.projections) {
      const position = item.mode === 'async' ? ` at position ${positions.get(item.name) ?? '0'}` : '';
      out(`${item.name}  (${item.mode}, plugin ${plugin}${position})`);
    }
  });
  return 0;
}

/**
 * Verifies every (shard, day) hash chain, then the checkpoints that sealed the chains' heads: a chain rewritten with
 * recomputed hashes passes the first check but not the second.
 */
export async function verifyAudit(config: HmsConfig, out: Output): Promise<number> {
  const [log, checkpoints] = await withKernel(config, (kernel) =>
    Promise.all([verifyAuditLog(kernel.db), verifyAuditCheckpoints(kernel.db)]),
  );
  // Both checks are reported in full, whatever the first one found: an investigator needs every damaged record.
  if (log.ok) out(`Audit log intact: ${log.checked} records verified.`);
  else {
    const total = log.breaks.length + log.unlisted;
    out(`Audit log BROKEN: ${total} broken link${total === 1 ? '' : 's'} in ${log.checked} records.`);
    for (const b of log.breaks) {
      out(`  record ${b.id ?? '(missing)'} (shard ${b.shard}, day ${b.day}, seq ${b.seq}): ${b.reason}`);
    }
    if (log.unlisted > 0) out(`  … and ${log.unlisted} more not listed.`);
  }
  if (checkpoints.ok) out(`Audit checkpoints match: ${checkpoints.checked} checkpoints.`);
  else {
    out(`Audit checkpoints BROKEN: ${checkpoints.breaks.length} of ${checkpoints.checked} do not match.`);
    for (const b of checkpoints.breaks) {
      const head = b.head ? ` (sealed shard ${b.head.shard}, day ${b.head.day}, seq ${b.head.seq})` : '';
      out(`  checkpoint ${b.checkpointId}: ${b.reason}${head}`);
    }
  }
  return log.ok && checkpoints.ok ? 0 : 1;
}

/** Seals the current chain heads into a checkpoint; publish its digest outside the database to anchor it. */
export async function sealAudit(config: HmsConfig, out: Output): Promise<number> {
  const checkpoint = await withKernel(config, (kernel) => sealAuditCheckpoint(kernel.db));
  out(
    checkpoint
      ? `Sealed checkpoint ${checkpoint.id}: ${checkpoint.headsDigest} (${checkpoint.heads} chain heads)`
      : 'Nothing new to seal.',
  );
  return 0;
}

/** Loads the hospital's full ICD-10 list from a file into the EHR's code table (`hms ehr load-icd10 <file>`). */
export async function loadIcd10Codes(config: HmsConfig, args: { path: string }, out: Output): Promise<number> {
  return withKernel(config, async (kernel) => {
    if (!kernel.plugins.some((p) => p.name === 'ehr')) {
      out('The ehr plugin is not enabled (HMS_PLUGINS).');
      return 1;
    }
    return loadIcd10(kernel, args.path, out);
  });
}
