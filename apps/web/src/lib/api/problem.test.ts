import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import {
  candidatesOf,
  describeAnswer,
  describeProblem,
  describeThrown,
  isRejection,
  usePluginProblemTexts,
} from './problem';

describe('describeProblem', () => {
  it('answers plain words for known codes and statuses, never the raw code', () => {
    expect(describeProblem({ status: 401, code: 'INVALID_CREDENTIALS' })).toBe(en.problems.byCode.INVALID_CREDENTIALS);
    expect(describeProblem({ status: 403, code: 'FORBIDDEN' })).toBe(en.problems.forbidden);
    expect(describeProblem({ status: 409, code: 'VERSION_CONFLICT' })).toBe(en.problems.conflict);
    expect(describeProblem(undefined)).toBe(en.problems.network);
  });

  it("answers an enabled plugin's text for its own codes, and the status's words once it is no longer enabled", () => {
    usePluginProblemTexts(new Map([['BED_OCCUPIED', 'Someone is already in this bed.']]));
    expect(describeProblem({ status: 422, code: 'BED_OCCUPIED', detail: 'Bed occupied' })).toBe(
      'Someone is already in this bed.',
    );
    usePluginProblemTexts(new Map());
    expect(describeProblem({ status: 422, code: 'BED_OCCUPIED', detail: 'Bed occupied' })).toBe('Bed occupied');
  });

  it('gives the correlation id of a server error so the user can report it', () => {
    expect(describeProblem({ status: 500, code: 'INTERNAL', correlationId: 'abc12345' })).toContain('abc12345');
  });
});

describe('describeAnswer', () => {
  it("reads a failed answer's body with the response's status, an empty body by the status alone", () => {
    expect(describeAnswer({ code: 'FORBIDDEN' }, { status: 403 })).toBe(en.problems.forbidden);
    expect(describeAnswer(undefined, { status: 404 })).toBe(en.problems.notFound);
    expect(describeAnswer({ detail: 'Only 3 left.' }, { status: 422 })).toBe('Only 3 left.');
  });
});

describe('candidatesOf', () => {
  it("reads the candidates of a likely duplicate from the problem's details, ignoring anything malformed", () => {
    const problem = {
      status: 409,
      code: 'POSSIBLE_DUPLICATE',
      details: { candidates: [{ id: 'p-1', mrn: '000000017', extra: 1 }, { id: 2 }] },
    };
    expect(candidatesOf(problem)).toEqual([{ id: 'p-1', mrn: '000000017' }]);
    expect(candidatesOf({ status: 409, details: {} })).toBeUndefined();
    expect(candidatesOf(undefined)).toBeUndefined();
  });
});

describe('isRejection', () => {
  it('treats 4xx as final except an expired session, a timeout and rate limiting', () => {
    expect([400, 403, 404, 409, 422].every(isRejection)).toBe(true);
    expect([401, 408, 429, 500, 503].some(isRejection)).toBe(false);
  });
});

describe('en', () => {
  it('has no empty string (a missing translation would show as a blank)', () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(en);
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.filter((s) => s.trim() === '')).toEqual([]);
  });
});

describe('describeThrown', () => {
  it('says a screen needs the network only when the computer has none', () => {
    expect(describeThrown(new TypeError('Failed to fetch'), en.reports.offline, false)).toBe(en.reports.offline);
    expect(describeThrown(new TypeError('Failed to fetch'), en.reports.offline, true)).toBe(en.problems.network);
    expect(describeThrown(new SyntaxError('Unexpected token <'), en.reports.offline, true)).toBe(en.problems.server());
  });
});
