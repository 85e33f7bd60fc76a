import { randomUUID } from 'node:crypto';
import { ConflictError, type HmsError } from '@hms/sdk';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { badgePlugin, IssueBadge } from '../../test/fixtures/badge.plugin';

const admin = new AuthenticatedActor('u-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));

// Two kernels on one database, as two API processes run: each handler checks the read model for a holder of the
// code, both can find none at the same instant, and the read model's unique key decides. The loser must get the
// plugin's own refusal (409), never a database error (500).
describe('a unique value claimed by two processes at once', () => {
  let database: TestDatabase;
  const kernels: Kernel[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 2; i += 1) {
      kernels.push(
        await bootKernel({
          installed: [badgePlugin],
          selection: 'all',
          database: { kind: 'server', url: database.url },
          poolSize: 8,
          commandLanes: 4,
        }),
      );
    }
  });
  afterAll(async () => {
    for (const kernel of kernels) await kernel.close();
    await database?.drop();
  });

  const issue = (kernel: Kernel, code: string) =>
    kernel.execute({
      type: IssueBadge.type,
      data: { badgeId: randomUUID(), code },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    });

  it('gives the code to exactly one badge and answers every other claim with the conflict the handler raises', async () => {
    for (let round = 0; round < 5; round += 1) {
      const code = `B-${round}-${randomUUID().slice(0, 8)}`;
      const outcomes = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => issue(kernels[i % 2]!, code)));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') continue;
        expect(outcome.reason).toBeInstanceOf(ConflictError);
        expect((outcome.reason as HmsError).code).toBe('BADGE_CODE_TAKEN');
      }
      const holders = await kernels[0]!.db.query('SELECT badge_id FROM badge.codes WHERE code = $1', [code]);
      expect(holders).toHaveLength(1);
    }
  });
});
