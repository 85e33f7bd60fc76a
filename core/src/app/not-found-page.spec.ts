import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { mountWebClient } from './web-client';

describe('the not-found page outside the API', () => {
  let root: string;
  let fastify: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'hms-web-'));
    writeFileSync(path.join(root, 'index.html'), '<html><body>the client</body></html>');
    fastify = Fastify();
    mountWebClient(fastify, root);
    await fastify.ready();
  });

  afterAll(async () => {
    await fastify.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows a browser asking for a page that is not there a styled page with the way back', async () => {
    const answer = await fastify.inject({ url: '/no-such-report.pdf', headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<h1>Page not found</h1>');
    expect(answer.body).toContain('<nav aria-label="Site">');
    expect(answer.body).not.toContain('<script');
  });

  it('answers a missing asset asked for by code with the plain 404, so it fails loudly', async () => {
    const answer = await fastify.inject({ url: '/_app/immutable/missing.js', headers: { accept: '*/*' } });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toContain('application/json');
  });

  it('still serves the client for its own routes', async () => {
    const answer = await fastify.inject({ url: '/admin/users', headers: { accept: 'text/html' } });
    expect([answer.statusCode, answer.body]).toEqual([200, '<html><body>the client</body></html>']);
  });
});
