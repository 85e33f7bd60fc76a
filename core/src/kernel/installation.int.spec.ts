import { choresPlugin, dropPrefix, REDIS_URL } from '../../test/job-support';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { bootKernel } from './boot-kernel';
import type { Kernel } from './kernel';

describe('the installation identity', () => {
  const databases: TestDatabase[] = [];
  const kernels: Kernel[] = [];

  afterAll(async () => {
    for (const kernel of kernels) {
      const prefix = kernel.jobs?.prefix;
      await kernel.close();
      if (prefix) await dropPrefix(prefix);
    }
    await Promise.all(databases.map((d) => d.drop()));
  });

  const boot = async (database: TestDatabase): Promise<Kernel> => {
    const kernel = await bootKernel({
      installed: [choresPlugin],
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: 2,
      jobs: { redisUrl: REDIS_URL },
    });
    kernels.push(kernel);
    return kernel;
  };

  it('gives two installations on one Redis their own queue prefix by default, kept across restarts', async () => {
    databases.push(await createTestDatabase('hms_install_a'), await createTestDatabase('hms_install_b'));
    const [a, b] = [await boot(databases[0]!), await boot(databases[1]!)];
    expect(a.jobs!.prefix).toMatch(/^hms-hms_install_a[a-z0-9_-]*-[0-9a-f]{8}$/);
    expect(b.jobs!.prefix).toMatch(/^hms-hms_install_b[a-z0-9_-]*-[0-9a-f]{8}$/);
    expect(a.jobs!.prefix).not.toBe(b.jobs!.prefix);
    expect(a.installation!.id).not.toBe(b.installation!.id);
    const again = await boot(databases[0]!);
    expect(again.jobs!.prefix).toBe(a.jobs!.prefix);
    expect(again.installation!.id).toBe(a.installation!.id);
  });

  it('uses the configured prefix when one is given', async () => {
    const kernel = await bootKernel({
      installed: [choresPlugin],
      selection: 'all',
      database: { kind: 'server', url: databases[0]!.url },
      poolSize: 2,
      jobs: { redisUrl: REDIS_URL, prefix: 'hms-configured-test' },
    });
    kernels.push(kernel);
    expect(kernel.jobs!.prefix).toBe('hms-configured-test');
  });
});
