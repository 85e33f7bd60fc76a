import { defineJob, definePlugin, ValidationError, z } from '@hms/sdk';
import { JobRequests, requestedJobId } from './requested-jobs';

const ownJob = defineJob({ name: 'demo.rebuild', payload: z.strictObject({ id: z.uuid() }), handle: async () => {} });
const foreignJob = defineJob({ name: 'other.rebuild', payload: z.strictObject({}), handle: async () => {} });
const demo = definePlugin({ name: 'demo', version: '1.0.0', sdk: '^2.2.0', jobs: [ownJob] });
const ID = '00000000-0000-4000-8000-000000000001';

describe('jobs a command asks for', () => {
  it('derives the job id from the command id, the job and its place, so a retried command asks for the same id', () => {
    expect(requestedJobId('cmd-a', 'demo.rebuild', 0)).toBe(requestedJobId('cmd-a', 'demo.rebuild', 0));
    expect(requestedJobId('cmd-a', 'demo.rebuild', 0)).not.toBe(requestedJobId('cmd-b', 'demo.rebuild', 0));
    expect(requestedJobId('cmd-a', 'demo.rebuild', 0)).not.toBe(requestedJobId('cmd-a', 'demo.rebuild', 1));
    expect(requestedJobId('cmd-a', 'demo.rebuild', 0)).toMatch(/^cmd-[0-9a-f]{32}$/);
  });

  it("takes only the command's own plugin's jobs, with a valid payload, and only where there are queues", () => {
    const requests = new JobRequests(demo, 'cmd-a', true);
    requests.request(ownJob, { id: ID });
    expect(requests.all).toEqual([
      { name: 'demo.rebuild', payload: { id: ID }, jobId: requestedJobId('cmd-a', 'demo.rebuild', 0) },
    ]);
    expect(() => requests.request(ownJob, { id: 'Ada Lovelace' })).toThrow(ValidationError);
    expect(() => requests.request(foreignJob, {})).toThrow(/does not declare/);
    expect(() => new JobRequests(demo, 'cmd-a', false).request(ownJob, { id: ID })).toThrow(/without job queues/);
    expect(requests.all).toHaveLength(1);
  });
});
