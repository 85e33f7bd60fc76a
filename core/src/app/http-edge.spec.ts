import Fastify from 'fastify';
import { edgeServerOptions } from './http-edge';

describe('edgeServerOptions', () => {
  it('answers what Fastify refuses while routing (414, a malformed URL) as problem+json, audited through the hook', async () => {
    const audited: string[] = [];
    const fastify = Fastify(
      edgeServerOptions(
        {
          auditUnroutable: async (_error, request) => {
            audited.push(request.url);
          },
        },
        10,
      ),
    );
    fastify.get('/x/:id', async () => 'ok');
    await fastify.ready();
    const tooLong = await fastify.inject({ method: 'GET', url: `/x/${'A'.repeat(20)}` });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(tooLong.json()).toEqual(expect.objectContaining({ status: 414, code: 'URI_TOO_LONG' }));
    const malformed = await fastify.inject({ method: 'GET', url: '/x/%ED%A0%80' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(audited).toEqual([`/x/${'A'.repeat(20)}`, '/x/%ED%A0%80']);
    await fastify.close();
  });
});
