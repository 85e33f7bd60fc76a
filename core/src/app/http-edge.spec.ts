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

  it("shows a browser a broken address of the web client as the styled page, and the API's callers problem+json", async () => {
    const fastify = Fastify(edgeServerOptions({}));
    fastify.get('/*', async () => 'the client');
    await fastify.ready();
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await fastify.inject({ method: 'GET', url: '/patients/%E0%A4%A', headers: html });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Page not found</h1>');
    for (const url of ['/api/patients/%E0%A4%A', '/patients/%E0%A4%A']) {
      const headers = url.startsWith('/api') ? html : { accept: 'application/json' };
      const answer = await fastify.inject({ method: 'GET', url, headers });
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    await fastify.close();
  });
});
