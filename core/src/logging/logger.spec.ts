import type { DestinationStream } from 'pino';
import { createLogger, NestPinoLogger } from './logger';
import { formatPrettyLine } from './pretty-stream';
import { pathOf } from './serializers';

/** A pino destination that keeps every line in memory. */
function memoryStream(): DestinationStream & { lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  return {
    write: (line: string) => void chunks.push(line),
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

function setup(level: 'info' | 'trace' = 'trace') {
  const out = memoryStream();
  return { out, logger: createLogger({ level, destination: out }) };
}

describe(createLogger.name, () => {
  it('writes JSON lines tagged with the service and an ISO time', () => {
    const { out, logger } = setup();
    logger.info('started');
    const [line] = out.lines();
    expect(line).toMatchObject({ service: 'hms', msg: 'started', level: 30 });
    expect(line?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('respects the level', () => {
    const { out, logger } = setup('info');
    logger.debug('hidden');
    logger.info('shown');
    expect(out.lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('redacts authorization and cookie headers, passwords and tokens', () => {
    const { out, logger } = setup();
    logger.info(
      {
        headers: {
          authorization: 'Bearer secret-bearer',
          cookie: 'hms_session=secret-cookie',
          'idempotency-key': 'cmd-1',
        },
        body: { username: 'admin', password: 'secret-password' },
        session: { token: 'secret-token' },
        password: 'secret-top-level',
      },
      'login attempt',
    );
    const text = out.text();
    expect(text).not.toMatch(/secret-/);
    const [line] = out.lines();
    expect(line).toMatchObject({
      headers: { authorization: '[Redacted]', cookie: '[Redacted]', 'idempotency-key': 'cmd-1' },
      body: { username: 'admin', password: '[Redacted]' },
      session: { token: '[Redacted]' },
    });
  });

  it('logs a request as method, path without the query string, id and address — no headers', () => {
    const { out, logger } = setup();
    const req = {
      method: 'GET',
      url: '/api/patients?name=Jane%20Doe&birthDate=1980-01-01',
      id: 'req-7',
      ip: '10.0.0.5',
      headers: { authorization: 'Bearer secret-bearer', cookie: 'hms_session=secret-cookie' },
    };
    logger.info({ req, res: { statusCode: 200, getHeaders: () => ({ 'set-cookie': 'x' }) } }, 'request completed');
    const [line] = out.lines();
    expect(line?.req).toEqual({ method: 'GET', url: '/api/patients', id: 'req-7', remoteAddress: '10.0.0.5' });
    expect(line?.res).toEqual({ statusCode: 200 });
    expect(out.text()).not.toMatch(/Jane|1980|secret-/);
  });

  it('falls back to the socket address of a raw Node request', () => {
    const { out, logger } = setup();
    logger.info({ req: { method: 'POST', url: '/api/x#frag', socket: { remoteAddress: '::1' } } });
    expect(out.lines()[0]?.req).toEqual({ method: 'POST', url: '/api/x', remoteAddress: '::1' });
  });

  it('serializes an error with its stack and cause', () => {
    const { out, logger } = setup();
    logger.error({ err: new Error('outer', { cause: new Error('inner') }) }, 'failed');
    const err = out.lines()[0]?.err as { message: string; stack: string; cause: { message: string } };
    expect(err.message).toBe('outer');
    expect(err.stack).toContain('Error: outer');
    expect(err.cause.message).toBe('inner');
  });

  it('formats pretty lines for a terminal', () => {
    const out = memoryStream();
    const logger = createLogger({ level: 'info', pretty: true, destination: out });
    logger.info({ context: 'Boot', port: 3000, password: 'secret-pw' }, 'listening');
    expect(out.text()).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}\[Boot\] listening port=3000 password=\[Redacted\]\n$/);
  });
});

describe(NestPinoLogger.name, () => {
  it('maps Nest levels to pino levels with the context', () => {
    const { out, logger } = setup();
    const nest = new NestPinoLogger(logger);
    nest.log('Mapped {/api/patients, GET} route', 'RouterExplorer');
    nest.warn('slow', 'Db');
    nest.debug('d', 'Ctx');
    nest.verbose('v', 'Ctx');
    nest.fatal('f', 'Ctx');
    expect(out.lines().map((l) => [l.level, l.msg, l.context])).toEqual([
      [30, 'Mapped {/api/patients, GET} route', 'RouterExplorer'],
      [40, 'slow', 'Db'],
      [20, 'd', 'Ctx'],
      [10, 'v', 'Ctx'],
      [60, 'f', 'Ctx'],
    ]);
  });

  it('tells a stack from a context in error(message, stack?, context?)', () => {
    const { out, logger } = setup();
    const nest = new NestPinoLogger(logger);
    const stack = new Error('boom').stack ?? '';
    nest.error('boom', stack, 'ExceptionsHandler');
    nest.error('no stack', undefined, 'Ctx');
    nest.error('only context', 'Ctx');
    nest.error('only stack', stack);
    const lines = out.lines();
    expect(lines[0]).toMatchObject({ level: 50, msg: 'boom', stack, context: 'ExceptionsHandler' });
    expect(lines[1]).toMatchObject({ msg: 'no stack', context: 'Ctx' });
    expect(lines[1]).not.toHaveProperty('stack');
    expect(lines[2]).toMatchObject({ msg: 'only context', context: 'Ctx' });
    expect(lines[3]).toMatchObject({ msg: 'only stack', stack });
    expect(lines[3]).not.toHaveProperty('context');
  });

  it('logs an Error message as err and an object as fields', () => {
    const { out, logger } = setup();
    const nest = new NestPinoLogger(logger);
    nest.error(new Error('kaput'), 'Ctx');
    nest.log({ event: 'ready', port: 3000 }, 'Boot');
    const [first, second] = out.lines();
    expect(first).toMatchObject({ msg: 'kaput', context: 'Ctx', err: { message: 'kaput' } });
    expect(second).toMatchObject({ event: 'ready', port: 3000, context: 'Boot' });
  });
});

describe(pathOf.name, () => {
  it.each([
    ['/api/patients?name=x', '/api/patients'],
    ['/api/patients#top', '/api/patients'],
    ['/api/patients', '/api/patients'],
    ['/?', '/'],
  ])('%s → %s', (url, path) => expect(pathOf(url)).toBe(path));

  it('passes a non-JSON line through the pretty formatter unchanged', () => {
    expect(formatPrettyLine('plain')).toBe('plain\n');
  });
});
