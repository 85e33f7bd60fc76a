import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { InvariantViolation, NotFoundError, parseOrThrow, ValidationError, z } from '@hms/sdk';
import type { DestinationStream } from 'pino';
import { createLogger } from '../logging/logger';
import { ProblemFilter } from './problem.filter';

/** A tiny app whose routes throw what plugins and bugs throw; the filter is registered as the lead will. */
@Controller('api/things')
class ThingsController {
  @Get('missing')
  missing(): never {
    throw new NotFoundError('THING_NOT_FOUND', { thingId: 't-1' });
  }

  @Post()
  @HttpCode(201)
  create(@Body() body: { name?: unknown }): { ok: true } {
    if (typeof body?.name !== 'string') throw new ValidationError([{ path: 'name', message: 'Required' }]);
    if (body.name === 'occupied') throw new InvariantViolation('BED_OCCUPIED', { bedId: 'b-1' });
    return { ok: true };
  }

  @Post('checked')
  @HttpCode(201)
  checked(@Body() body: unknown): { ok: true } {
    parseOrThrow(z.strictObject({ name: z.string().max(5), count: z.number() }), body);
    return { ok: true };
  }

  @Get('bug')
  bug(): never {
    throw new Error('password=hunter2 for Jane Doe');
  }
}

@Module({ controllers: [ThingsController] })
class TestModule {}

function memoryStream(): DestinationStream & { lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  return {
    write: (line: string) => void chunks.push(line),
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe(ProblemFilter.name, () => {
  let app: NestFastifyApplication;
  const out = memoryStream();

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(TestModule, new FastifyAdapter({ bodyLimit: 1024 }), {
      logger: false,
    });
    app.useGlobalFilters(new ProblemFilter(createLogger({ level: 'trace', destination: out })));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function call(
    method: 'GET' | 'POST',
    url: string,
    payload?: string,
    contentType = 'application/json',
    language?: string,
  ) {
    const response = await app.inject({
      method,
      url,
      payload,
      headers: {
        ...(payload === undefined ? {} : { 'content-type': contentType }),
        ...(language === undefined ? {} : { 'accept-language': language }),
      },
    });
    return { response, body: JSON.parse(response.body) as Record<string, unknown> };
  }

  it('answers an HmsError as problem+json with the correlation id header', async () => {
    const { response, body } = await call('GET', '/api/things/missing?name=Jane');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json(; charset=utf-8)?$/);
    expect(response.headers['x-correlation-id']).toBe(body.correlationId);
    expect(body).toMatchObject({
      code: 'THING_NOT_FOUND',
      type: '/problems/thing-not-found',
      instance: '/api/things/missing',
    });
  });

  it.each([
    ['an unknown route', 'GET', '/api/nope?name=Jane', undefined, 'application/json', 404, 'ROUTE_NOT_FOUND'],
    ['invalid JSON', 'POST', '/api/things', '{"name":', 'application/json', 400, 'INVALID_JSON'],
    ['an empty JSON body', 'POST', '/api/things', '', 'application/json', 400, 'INVALID_JSON'],
    ['an unsupported media type', 'POST', '/api/things', '<x/>', 'application/xml', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a body over the limit',
      'POST',
      '/api/things',
      JSON.stringify({ name: 'x'.repeat(2000) }),
      'application/json',
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['bad input', 'POST', '/api/things', '{}', 'application/json', 400, 'VALIDATION_FAILED'],
    ['a refused business rule', 'POST', '/api/things', '{"name":"occupied"}', 'application/json', 422, 'BED_OCCUPIED'],
  ] as const)('answers %s', async (_, method, url, payload, contentType, status, code) => {
    const { response, body } = await call(method, url, payload, contentType);
    expect([response.statusCode, body.code]).toEqual([status, code]);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json(; charset=utf-8)?$/);
    expect(response.body).not.toContain('Jane');
  });

  it("answers in the reader's language: title, the kernel's detail and the field messages, the code unchanged", async () => {
    const { response, body } = await call('POST', '/api/things/checked', '{"name":"Florentina"}', undefined, 'pt-BR');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-language']).toBe('pt-BR');
    expect(body).toMatchObject({
      code: 'VALIDATION_FAILED',
      title: 'A requisição é inválida',
      errors: [
        { path: 'name', message: 'Grande demais: esperava que o texto tivesse <= 5 caracteres' },
        { path: 'count', message: 'Obrigatório' },
      ],
    });
    const unknownRoute = await call('GET', '/api/nope', undefined, undefined, 'pt-PT,pt;q=0.9');
    expect(unknownRoute.body).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      title: 'Não encontrado',
      detail: 'Nenhuma rota corresponde a este método e caminho.',
    });
  });

  it('answers in English with no Accept-Language or a language the server does not write, never leaking translations', async () => {
    for (const language of [undefined, 'fr-FR,fr;q=0.9']) {
      const { response, body } = await call(
        'POST',
        '/api/things/checked',
        '{"name":"Florentina"}',
        undefined,
        language,
      );
      expect(response.headers['content-language']).toBe('en');
      expect(body).toMatchObject({
        title: 'The request is invalid',
        errors: [
          { path: 'name', message: 'Too big: expected string to have <=5 characters' },
          { path: 'count', message: 'Invalid input: expected number, received undefined' },
        ],
      });
      expect(response.body).not.toContain('translations');
    }
  });

  it('answers simultaneous requests each in its own language', async () => {
    const languages = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'pt-BR' : 'en'));
    const answers = await Promise.all(
      languages.map((language) => call('POST', '/api/things/checked', '{"name":"x","count":"1"}', undefined, language)),
    );
    answers.forEach(({ body }, i) => {
      const message = (body.errors as { message: string }[])[0]!.message;
      expect(message).toBe(
        languages[i] === 'pt-BR'
          ? 'Entrada inválida: esperava um número, recebeu um texto'
          : 'Invalid input: expected number, received string',
      );
    });
  });

  it('answers a bug with a bare 500 and logs the error with the same correlation id', async () => {
    const { response, body } = await call('GET', '/api/things/bug');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/hunter2|Jane|stack/);
    const line = out.lines().find((l) => l.correlationId === body.correlationId);
    expect(line).toMatchObject({
      level: 50,
      status: 500,
      code: 'INTERNAL_ERROR',
      req: { method: 'GET', url: '/api/things/bug' },
    });
    expect((line?.err as { stack: string }).stack).toContain('password=hunter2');
  });

  it('logs a refused request at debug without detail or query string', async () => {
    const { body } = await call('GET', '/api/things/missing?name=Jane');
    const line = out.lines().find((l) => l.correlationId === body.correlationId);
    expect(line).toMatchObject({
      level: 20,
      status: 404,
      code: 'THING_NOT_FOUND',
      req: { url: '/api/things/missing' },
    });
    expect(JSON.stringify(line)).not.toContain('Jane');
  });

  it('takes the correlation id from the given function', () => {
    const sent: Record<string, unknown> = {};
    const reply = {
      status: (s: number) => ((sent.status = s), reply),
      header: (n: string, v: string) => ((sent[n] = v), reply),
      send: (p: string) => void (sent.payload = p),
    };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => ({ id: 'req-1', url: '/x' }), getResponse: () => reply }),
    };
    const filter = new ProblemFilter(createLogger({ level: 'silent' }), () => 'from-header');
    filter.catch(new Error('x'), host as never);
    expect(sent).toMatchObject({ status: 500, 'x-correlation-id': 'from-header' });
    expect(JSON.parse(String(sent.payload))).toMatchObject({ correlationId: 'from-header' });
  });
});
