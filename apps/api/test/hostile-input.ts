import fc from 'fast-check';

/** A JSON schema node as the OpenAPI document publishes it (only what the generators read). */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/**
 * Strings the reviewer's attack used, and their relatives: NUL bytes, lone surrogates (halves of a UTF-16 pair,
 * which PostgreSQL cannot store), a megabyte where an id belongs, control characters, SQL and path noise.
 */
const HOSTILE: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\u0000',
  '\u0001\u001f\u007f',
  '%00',
  "' OR 1=1 --",
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '\uFEFF',
  '\u202E',
  '𝄞',
  'A'.repeat(5_000),
];
const MEGABYTE = 'A'.repeat(1_000_000);

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE)).map(([a, b]) => a + b),
    },
  );

/** A path parameter: a plausible id, or a hostile one (never empty, `.` or `..`, which no route can match). */
export const pathValue = (known: readonly string[]): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(...known) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 4, arbitrary: hostileString() },
      { weight: 1, arbitrary: fc.string({ minLength: 201, maxLength: 900 }) },
    )
    .filter((s) => s !== '' && s !== '.' && s !== '..');

/** A value for a schema: mostly one that fits, often a hostile string in its place, sometimes any JSON at all. */
export function valueFor(schema: SchemaNode | undefined, known: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fitting(schema, known, depth) },
    { weight: 3, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constant(MEGABYTE) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

function fitting(schema: SchemaNode | undefined, known: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0) return fc.oneof(...choices.map((choice) => fitting(choice, known, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, known);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items, known, depth + 1), { maxLength: 3 });
    case 'object':
      return objectFor(schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function stringFor(schema: SchemaNode, known: readonly string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...known), fc.uuid());
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    default:
      return fc.string({ minLength: 1, maxLength: 30 });
  }
}

function objectFor(schema: SchemaNode, known: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, child]) => [name, valueFor(child, known, depth + 1)]),
  );
  return fc.record(model, { requiredKeys: [...(schema.required ?? [])].filter((name) => name in properties) });
}

/** A request body: the schema's object with hostile fields, or a body of the wrong shape altogether. */
export function bodyFor(schema: SchemaNode | undefined, known: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fitting(schema, known, 0) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [{}], 'text', 42, null, true) },
    { weight: 1, arbitrary: fc.dictionary(hostileString(), hostileString(), { maxKeys: 3 }) },
  );
}

/**
 * Percent-encodes a string for a URL, lone surrogates included (`encodeURIComponent` throws on them): they go out
 * as the bytes a careless client sends for them (CESU-8), which are not UTF-8.
 */
export function encodeLoosely(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out +=
      char.length === 1 && code >= 0xd800 && code <= 0xdfff
        ? `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
        : encodeURIComponent(char);
  }
  return out;
}
