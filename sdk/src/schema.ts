import { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors';
import { zodIssueTranslations, type IssueTranslations } from './zod-translations';

/**
 * Any schema a command, query, event or route can carry (one source for validation and OpenAPI). `T` is what
 * handlers receive after parsing; `I` what callers may send (defaults not yet applied).
 */
export type Schema<T = unknown, I = unknown> = z.ZodType<T, I>;

/** The TypeScript type a schema describes. */
export type Infer<S extends z.ZodType> = z.infer<S>;

/**
 * Validates `input` against `schema`, returning the parsed value or throwing a {@link ValidationError}
 * whose issues name each offending field.
 * @example
 * const data = parseOrThrow(RegisterPatient.schema, body);
 */
export function parseOrThrow<T>(schema: Schema<T, unknown>, input: unknown): T {
  const result = schema.safeParse(input, { error: zodIssueTranslations });
  if (result.success) return result.data;
  throw new ValidationError(toFieldIssues(result.error));
}

/**
 * Converts a zod error into field issues with dotted paths. An issue parsed by {@link parseOrThrow} with zod's own
 * wording also carries that message in the server's other languages, so a problem answer can be in the reader's.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const translations = (issue as { translations?: IssueTranslations }).translations;
    return {
      path: issue.path.map(String).join('.'),
      message: issue.message,
      ...(translations === undefined ? {} : { translations }),
    };
  });
}

/**
 * The JSON Schema (draft 2020-12) of a schema, as published in the OpenAPI document.
 * @example
 * const json = toJsonSchema(RegisterPatient.schema);
 */
export function toJsonSchema(schema: Schema): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

export { z };
