import { ValidationError, type FieldIssue } from '@hms/sdk';
import { hasUnstorableText } from '../text/unstorable-text';

/** Longest path parameter accepted: every path parameter is an id or a name, far below this. */
export const MAX_PATH_PARAM_LENGTH = 200;
/** Longest id accepted in a body field named `id` or `…Id` (ids are UUIDs or short codes). */
export const MAX_ID_LENGTH = 200;
/** Longest query-string value (search terms, filters). */
export const MAX_QUERY_VALUE_LENGTH = 1_000;
/** Deepest nesting of a JSON body; the schemas nest a few levels, and a deeper body only costs the server. */
export const MAX_BODY_DEPTH = 32;

const ID_FIELD = /^(id|.*Id)$/;

/** The parts of a request the guard reads (Fastify's request has them all). */
export interface GuardedInput {
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

/**
 * Every reason to refuse a request's input before any route sees it: unstorable characters in any string (values
 * and keys) of the path parameters, query string and body, over-long ids and query values, a body that is not a JSON
 * object, or one nested absurdly deep. Paths name the field (`dosage.route`, `params.patientId`), never the value.
 * @example
 * const issues = inputIssues({ params: { id: '\u0000' } }); // [{ path: 'params.id', message: … }]
 */
export function inputIssues(input: GuardedInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  walk('params', input.params, issues, (_path, value) =>
    value.length > MAX_PATH_PARAM_LENGTH ? `Must be at most ${MAX_PATH_PARAM_LENGTH} characters` : undefined,
  );
  walk('query', input.query, issues, (_path, value) =>
    value.length > MAX_QUERY_VALUE_LENGTH ? `Must be at most ${MAX_QUERY_VALUE_LENGTH} characters` : undefined,
  );
  if (
    input.body !== undefined &&
    input.body !== null &&
    (typeof input.body !== 'object' || Array.isArray(input.body))
  ) {
    issues.push({ path: '', message: 'The body must be a JSON object' });
  } else {
    // Body paths are bare (`dosage.route`), as the command schema's own issues name them.
    walk('', input.body, issues, (path, value) =>
      ID_FIELD.test(path.slice(path.lastIndexOf('.') + 1)) && value.length > MAX_ID_LENGTH
        ? `Must be at most ${MAX_ID_LENGTH} characters`
        : undefined,
    );
  }
  return issues;
}

/**
 * Throws a {@link ValidationError} (`INVALID_INPUT`, 400) naming each offending field; see {@link inputIssues}.
 * @example
 * fastify.addHook('preValidation', async (request) => assertAcceptableInput(request));
 */
export function assertAcceptableInput(input: GuardedInput): void {
  const issues = inputIssues(input);
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 20), 'INVALID_INPUT');
}

type StringRule = (path: string, value: string) => string | undefined;

/** Iterative (a deep body must not overflow the stack); stops at the first issue per field. */
function walk(root: string, value: unknown, issues: FieldIssue[], rule: StringRule): void {
  const pending: { path: string; value: unknown; depth: number }[] = [{ path: root, value, depth: 0 }];
  while (pending.length > 0 && issues.length < 20) {
    const next = pending.pop()!;
    if (typeof next.value === 'string') {
      const problem = hasUnstorableText(next.value)
        ? 'Must not contain NUL characters or unpaired surrogates'
        : rule(next.path, next.value);
      if (problem) issues.push({ path: next.path, message: problem });
      continue;
    }
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= MAX_BODY_DEPTH) {
      issues.push({ path: next.path, message: `Must nest at most ${MAX_BODY_DEPTH} levels` });
      continue;
    }
    for (const [key, child] of Object.entries(next.value)) {
      if (hasUnstorableText(key)) {
        issues.push({ path: next.path, message: 'Field names must not contain NUL characters or unpaired surrogates' });
        continue;
      }
      pending.push({ path: next.path === '' ? key : `${next.path}.${key}`, value: child, depth: next.depth + 1 });
    }
  }
}
