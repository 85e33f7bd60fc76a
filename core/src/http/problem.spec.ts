import {
  BadRequestException,
  HttpException,
  InternalServerErrorException,
  MethodNotAllowedException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ConflictError,
  ForbiddenError,
  HmsError,
  InvariantViolation,
  NotFoundError,
  ValidationError,
  z,
} from '@hms/sdk';
import { UnauthenticatedError } from '../auth/unauthenticated-error';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

const CID = 'req-42';

/** Builds an error shaped like the ones Fastify raises (an Error with `code` and `statusCode`). */
function fastifyError(code: string, message: string, statusCode: number): Error {
  return Object.assign(new Error(message), { name: 'FastifyError', code, statusCode });
}

describe(toProblem.name, () => {
  it('uses the problem+json media type', () => {
    expect(PROBLEM_CONTENT_TYPE).toBe('application/problem+json');
  });

  it('answers a ValidationError with 400 and the fields at fault', () => {
    const error = new ValidationError([
      { path: 'birthDate', message: 'Expected a date as YYYY-MM-DD' },
      { path: 'contacts.0.phone', message: 'Required' },
    ]);
    expect(toProblem(error, CID, { instance: '/api/patients' })).toEqual({
      status: 400,
      body: {
        type: '/problems/validation-failed',
        title: 'The request is invalid',
        status: 400,
        detail: 'birthDate: Expected a date as YYYY-MM-DD; contacts.0.phone: Required',
        code: 'VALIDATION_FAILED',
        instance: '/api/patients',
        correlationId: CID,
        errors: [
          { path: 'birthDate', message: 'Expected a date as YYYY-MM-DD' },
          { path: 'contacts.0.phone', message: 'Required' },
        ],
      },
    });
  });

  it.each([
    [new UnauthenticatedError('SESSION_EXPIRED'), 401, '/problems/session-expired', 'Authentication is required'],
    [
      new ForbiddenError('PERMISSION_REQUIRED', { permission: 'patient:record:read' }),
      403,
      '/problems/permission-required',
      'Permission denied',
    ],
    [new NotFoundError('PATIENT_NOT_FOUND', { patientId: 'p-1' }), 404, '/problems/patient-not-found', 'Not found'],
    [
      new ConflictError('VERSION_CONFLICT'),
      409,
      '/problems/version-conflict',
      'The request conflicts with the current state',
    ],
    [
      new InvariantViolation('BED_OCCUPIED', { bedId: 'b-1' }),
      422,
      '/problems/bed-occupied',
      'A business rule refused the request',
    ],
  ])('answers %p by its status', (error, status, type, title) => {
    const { status: answered, body } = toProblem(error, CID);
    expect(answered).toBe(status);
    const details = Object.keys(error.details).length > 0 ? { details: error.details } : {};
    expect(body).toEqual({
      type,
      title,
      status,
      detail: error.message,
      code: error.code,
      correlationId: CID,
      ...details,
    });
  });

  it("carries a refusal's details, so a client can show what it is about (ids only, by contract)", () => {
    const candidates = [
      { id: 'p-1', mrn: '000000017' },
      { id: 'p-2', mrn: '000000025' },
    ];
    const { status, body } = toProblem(new ConflictError('POSSIBLE_DUPLICATE', { candidates }), CID);
    expect(status).toBe(409);
    expect(body.details).toEqual({ candidates });
  });

  it('keeps the details of a server error and anything in them that is not plain data to itself', () => {
    const internal = new HmsError('PROJECTION_STALLED', { projection: 'patient.directory', position: '42' });
    expect(toProblem(internal, CID).body).not.toHaveProperty('details');

    const mixed = new NotFoundError('PATIENT_NOT_FOUND', {
      patientId: 'p-1',
      cause: new Error('connection refused'),
      at: new Date(0),
    });
    expect(toProblem(mixed, CID).body.details).toEqual({ patientId: 'p-1', at: '1970-01-01T00:00:00.000Z' }); // as JSON has it
    expect(toProblem(new NotFoundError('X', { n: 10n }), CID).body).not.toHaveProperty('details');
    expect(toProblem(new NotFoundError('X', {}), CID).body).not.toHaveProperty('details');
  });

  it('shows the message of an HmsError given one', () => {
    const error = new ConflictError('VERSION_CONFLICT', {}, { message: 'Stream patient-p-1 is at version 4' });
    expect(toProblem(error, CID).body.detail).toBe('Stream patient-p-1 is at version 4');
  });

  it('answers a plain HmsError (status 500) with its code', () => {
    const { status, body } = toProblem(new HmsError('PROJECTION_STALLED'), CID);
    expect(status).toBe(500);
    expect(body.code).toBe('PROJECTION_STALLED');
  });

  it('answers a ZodError with 400 and its field issues', () => {
    const result = z.object({ name: z.string(), age: z.number() }).safeParse({ age: 'x' });
    const { status, body } = toProblem(result.error, CID);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.path)).toEqual(['name', 'age']);
  });

  describe('Fastify request errors', () => {
    it.each([
      [
        fastifyError(
          'FST_ERR_CTP_INVALID_JSON_BODY',
          "Body is not valid JSON but content-type is set to 'application/json'",
          400,
        ),
        400,
        'INVALID_JSON',
      ],
      [
        fastifyError(
          'FST_ERR_CTP_EMPTY_JSON_BODY',
          "Body cannot be empty when content-type is set to 'application/json'",
          400,
        ),
        400,
        'INVALID_JSON',
      ],
      [fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type', 415), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 'Request body is too large', 413), 413, 'PAYLOAD_TOO_LARGE'],
      [
        fastifyError('FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'Request body size did not match Content-Length', 400),
        400,
        'INVALID_CONTENT_LENGTH',
      ],
      [fastifyError('FST_ERR_BAD_URL', "'%zz' is not a valid url component", 400), 400, 'BAD_REQUEST'],
      [
        Object.assign(new SyntaxError('Unexpected token } in JSON at position 9'), { statusCode: 400 }),
        400,
        'INVALID_JSON',
      ],
    ])('answers %p raised by Fastify', (error, status, code) => {
      const { status: answered, body } = toProblem(error, CID);
      expect([answered, body.code]).toEqual([status, code]);
      expect(body.detail).not.toContain('content-type');
    });

    it.each([
      ["Body is not valid JSON but content-type is set to 'application/json'", 400, 'INVALID_JSON'],
      ['Unsupported Media Type', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['Request body is too large', 413, 'PAYLOAD_TOO_LARGE'],
    ])('answers %p as rethrown by Nest (an HttpException)', (message, status, code) => {
      const { status: answered, body } = toProblem(new HttpException(message, status), CID);
      expect([answered, body.code, body.type]).toEqual([
        status,
        code,
        `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      ]);
    });

    it('answers a 500 for a SyntaxError with no 400 mark (a bug, not bad input)', () => {
      expect(toProblem(new SyntaxError('Unexpected token'), CID).status).toBe(500);
    });

    it('answers a 500 for a Fastify error of the server (5xx)', () => {
      expect(toProblem(fastifyError('FST_ERR_CTP_INVALID_PARSE_TYPE', 'internal', 500), CID).body.code).toBe(
        'INTERNAL_ERROR',
      );
    });
  });

  describe('Nest exceptions', () => {
    it('answers an unknown route without echoing the URL', () => {
      const { status, body } = toProblem(new NotFoundException('Cannot GET /api/nope?name=Jane'), CID);
      expect(status).toBe(404);
      expect(body.code).toBe('ROUTE_NOT_FOUND');
      expect(JSON.stringify(body)).not.toContain('Jane');
    });

    it.each([
      [new MethodNotAllowedException('handler x in module y'), 405, 'METHOD_NOT_ALLOWED'],
      [new BadRequestException('Validation pipe: internals'), 400, 'BAD_REQUEST'],
      [new HttpException('rate limited by bucket 7', 429), 429, 'TOO_MANY_REQUESTS'],
      [new ServiceUnavailableException('db pool exhausted at 10.0.0.3'), 503, 'SERVICE_UNAVAILABLE'],
      [new InternalServerErrorException('secret internals'), 500, 'INTERNAL_ERROR'],
      [new HttpException('a redirect is not an error', 302), 500, 'INTERNAL_ERROR'],
    ])('answers %p with its status and a generic text', (error, status, code) => {
      const { status: answered, body } = toProblem(error, CID);
      expect([answered, body.code]).toEqual([status, code]);
      expect(JSON.stringify(body)).not.toContain(error.message);
    });
  });

  describe('anything else', () => {
    const leaky = new Error('duplicate key value (email)=(jane.doe@example.org) at /srv/hms/core/src/secret.ts:12');

    it('answers 500 INTERNAL_ERROR with a fixed text', () => {
      expect(toProblem(leaky, CID, { instance: '/api/patients' })).toEqual({
        status: 500,
        body: {
          type: '/problems/internal-error',
          title: 'Internal server error',
          status: 500,
          detail: 'An unexpected error occurred; quote the correlation id when reporting it.',
          code: 'INTERNAL_ERROR',
          instance: '/api/patients',
          correlationId: CID,
        },
      });
    });

    it('leaks nothing of the original error: message, stack, name or properties', () => {
      const error = Object.assign(leaky, { code: '23505', detail: 'Key (email)=(jane.doe@example.org)' });
      const text = JSON.stringify(toProblem(error, CID));
      for (const leak of ['jane', 'secret', '/srv', '23505', 'duplicate', 'Error', 'at '])
        expect(text).not.toContain(leak);
    });

    it.each([['a string'], [undefined], [null], [{ status: 400, message: 'fake' }], [42]])(
      'answers 500 for %p',
      (thrown) => {
        const { status, body } = toProblem(thrown, CID);
        expect([status, body.code]).toEqual([500, 'INTERNAL_ERROR']);
      },
    );
  });
});
