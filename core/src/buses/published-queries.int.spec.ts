import { randomUUID } from 'node:crypto';
import { ForbiddenError, NotFoundError, type QueryDefinition, type CommandDefinition } from '@hms/sdk';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { FakeClock } from '../clock/clock';
import { PluginContractError } from '../kernel/plugin-contract-error';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import {
  AskRoster,
  CheckMember,
  clinicPlugin,
  PeekSecrets,
  RecordVisit,
  rosterPlugin,
  strangerPlugin,
} from '../../test/fixtures/roster.plugins';

const admin = new AuthenticatedActor('u-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
/** May check members in the clinic, but not read the roster itself. */
const clinicOnly = new AuthenticatedActor(
  'u-clinic',
  'clinic',
  'Clinic',
  new Set(['clinic:visit:read', 'clinic:visit:write']),
);

describe('Published queries (ctx.ask)', () => {
  let database: TestDatabase;
  const kernels: Kernel[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const kernel of kernels) await kernel.close();
    await database?.drop();
  });

  async function boot(selection: readonly string[]): Promise<Kernel> {
    const kernel = await bootKernel({
      installed: [rosterPlugin, clinicPlugin, strangerPlugin],
      selection,
      database: { kind: 'server', url: database.url },
      poolSize: 2,
      clock: new FakeClock(),
    });
    kernels.push(kernel);
    return kernel;
  }
  const ask = (kernel: Kernel, query: QueryDefinition, params: unknown, actor = admin, correlationId = randomUUID()) =>
    kernel.ask({ type: query.type, params, actor, correlationId, source: '10.0.0.1' });
  const execute = (kernel: Kernel, command: CommandDefinition, data: unknown, actor = admin) =>
    kernel.execute({ type: command.type, data, actor, correlationId: randomUUID(), source: '10.0.0.1' });

  it("answers another plugin's published query as the acting user, audited with the asking plugin and action", async () => {
    const kernel = await boot(['roster', 'clinic']);
    const correlationId = randomUUID();
    expect(await ask(kernel, CheckMember, { id: 'm-1' }, admin, correlationId)).toEqual({
      id: 'm-1',
      checked: true,
      member: { id: 'm-1' },
    });
    const rows = await kernel.db.query<{ action: string; actor_id: string; details: unknown }>(
      'SELECT action, actor_id, details FROM core.audit_log WHERE correlation_id = $1 ORDER BY id',
      [correlationId],
    );
    expect(rows).toEqual([
      {
        action: 'roster.FindMember',
        actor_id: 'u-admin',
        details: { askedBy: 'clinic', askedFor: 'clinic.CheckMember' },
      },
      { action: 'clinic.CheckMember', actor_id: 'u-admin', details: {} },
    ]);
  });

  it("refuses a user who lacks the answered query's permission: a plugin cannot widen what its users may read", async () => {
    const kernel = await boot(['roster', 'clinic']);
    await expect(ask(kernel, CheckMember, { id: 'm-1' }, clinicOnly)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets a command's preparation refuse an unknown id before anything is appended", async () => {
    const kernel = await boot(['roster', 'clinic']);
    await expect(execute(kernel, RecordVisit, { memberId: 'nobody' })).rejects.toMatchObject({
      code: 'MEMBER_NOT_FOUND',
    });
    await expect(execute(kernel, RecordVisit, { memberId: 'nobody' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await kernel.store.readStream(kernel.db, 'clinic.visits-nobody')).toEqual([]);
    expect(await execute(kernel, RecordVisit, { memberId: 'm-2' })).toEqual({ memberId: 'm-2' });
    expect(await kernel.store.readStream(kernel.db, 'clinic.visits-m-2')).toHaveLength(1);
  });

  it('tells a plugin whether its optional dependency is enabled, and keeps working without it', async () => {
    const kernel = await boot(['clinic']);
    expect(await ask(kernel, CheckMember, { id: 'anyone' })).toEqual({ id: 'anyone', checked: false });
    expect(await execute(kernel, RecordVisit, { memberId: 'anyone' })).toEqual({ memberId: 'anyone' });
  });

  it('refuses a query the answering plugin does not publish, naming the asking plugin', async () => {
    const kernel = await boot(['roster', 'clinic']);
    const refusal = ask(kernel, PeekSecrets, {});
    await expect(refusal).rejects.toBeInstanceOf(PluginContractError);
    await expect(refusal).rejects.toThrow('Plugin "clinic": asks roster.ListSecrets, which "roster" does not publish');
  });

  it('refuses a plugin asking one it does not declare', async () => {
    const kernel = await boot(['roster', 'stranger']);
    await expect(ask(kernel, AskRoster, { id: 'm-1' })).rejects.toThrow(
      'Plugin "stranger": asks roster.FindMember of "roster", which it does not declare in dependsOn or optionalDependsOn',
    );
  });
});
