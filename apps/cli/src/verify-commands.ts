import { verifyCollabDocuments, type HmsConfig, type Kernel, type ProjectionVerification } from '@hms/core';
import { verifyAudit, withKernel, type Output } from './commands';

/**
 * Checks read models against the events (`hms projections verify [name]`): each one replayed in a transaction
 * that is rolled back, so nothing changes. Exit 1 names every read model that differs.
 */
export async function verifyProjections(config: HmsConfig, args: { name?: string }, out: Output): Promise<number> {
  const results = await withKernel(config, (kernel) => verifyEach(kernel, args.name));
  for (const result of results) out(describe(result));
  const differing = results.filter((r) => r.differences.length > 0);
  out(
    differing.length === 0
      ? `All ${results.length} read model${results.length === 1 ? '' : 's'} match their events.`
      : `${differing.length} of ${results.length} read models DIFFER from their events: rebuild them (hms projections rebuild <name>) after finding out why.`,
  );
  return differing.length === 0 ? 0 : 1;
}

async function verifyEach(kernel: Kernel, name: string | undefined): Promise<ProjectionVerification[]> {
  const names = name ? [name] : kernel.registry.projections.map((p) => p.item.name);
  const results: ProjectionVerification[] = [];
  // One at a time: each holds its tables' locks while it replays.
  for (const each of names) results.push(await kernel.verifyProjection(each));
  return results;
}

function describe(result: ProjectionVerification): string {
  const head = `${result.name} (${result.mode}, ${result.events} events)`;
  if (result.differences.length === 0) return `${head}: matches`;
  const tables = result.differences.map((d) => `${d.table} has ${d.stored} rows, its events give ${d.rebuilt}`);
  return `${head}: DIFFERS — ${tables.join('; ')}`;
}

/** Opens every co-edited document (`hms collab verify`); exit 1 lists those that do not open whole. */
export async function verifyCollab(config: HmsConfig, out: Output): Promise<number> {
  const result = await withKernel(config, (kernel) => verifyCollabDocuments(kernel.db));
  out(`Collaborative documents: ${result.documents} opened, ${result.bytes} bytes, ${result.broken.length} broken.`);
  for (const broken of result.broken)
    out(`  ${broken.id} (${broken.kind ?? 'no kind'}, revision ${broken.revision}): ${broken.problem}`);
  return result.broken.length === 0 ? 0 : 1;
}

/**
 * The checks of a restore drill (`hms restore check`), run on the restored database before it serves anyone: the
 * audit log's hash chains and checkpoints, every read model against the events, every co-edited document. All
 * three run and report, whatever the first found.
 */
export async function checkRestore(config: HmsConfig, out: Output): Promise<number> {
  const codes = [
    await verifyAudit(config, out),
    await verifyProjections(config, {}, out),
    await verifyCollab(config, out),
  ];
  const ok = codes.every((code) => code === 0);
  out(ok ? 'Restore check passed.' : 'Restore check FAILED: see above.');
  return ok ? 0 : 1;
}
