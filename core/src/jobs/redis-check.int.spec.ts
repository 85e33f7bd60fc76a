import { REDIS_URL } from '../../test/job-support';
import { checkRedis, compareVersions } from './redis-check';

describe(checkRedis.name, () => {
  it("reads the machine's Redis version and eviction policy", async () => {
    const check = await checkRedis(REDIS_URL);
    expect(check.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(compareVersions(check.version, '6.2.0')).toBeGreaterThanOrEqual(0);
    expect(typeof check.evictionPolicy).toBe('string');
    const warnings = check.problems.filter((p) => p.severity === 'warning');
    expect(warnings.length).toBe(check.evictionPolicy === 'noeviction' ? 0 : 1);
  });

  it('says where Redis is missing and how to get one, without the password', async () => {
    await expect(checkRedis('redis://:s3cret@127.0.0.1:1', 500)).rejects.toThrow(
      /Redis does not answer at redis:\/\/:\*\*\*@127\.0\.0\.1:1.*docker run/,
    );
  });
});

describe(compareVersions.name, () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('6.10.0', '6.2.0')).toBeGreaterThan(0);
    expect(compareVersions('6.0.16', '6.2.0')).toBeLessThan(0);
    expect(compareVersions('7.0', '7.0.0')).toBe(0);
  });
});
