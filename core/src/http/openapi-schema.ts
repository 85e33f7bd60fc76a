import { toJsonSchema, type Schema } from '@hms/sdk';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a zod schema, fit to embed in an OpenAPI 3.1 document: without `$schema`, which
 * OpenAPI sets once for the whole document (`jsonSchemaDialect`).
 * @example
 * const body = schemaToOpenApi(RegisterPatient.schema);
 */
export function schemaToOpenApi(schema: Schema): JsonSchema {
  const json = toJsonSchema(schema);
  delete json.$schema;
  return json;
}

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * Moves a schema's local definitions into the document's `components.schemas` and returns the schema with
 * its references rewritten. Needed because zod writes shared and recursive parts as `$defs` referenced by
 * `#/$defs/…` (and a recursive root as `#`): embedded in an OpenAPI document, those pointers would resolve
 * against the document's root and point nowhere (or at the whole document).
 *
 * Named definitions (zod `.meta({ id: 'Address' })`) keep their name, so routes sharing a type share one
 * component; zod's generated names (`__schema0`) are prefixed with `baseName`; a name already taken by a
 * different schema gets a numeric suffix.
 */
export function hoistDefinitions(
  schema: JsonSchema,
  baseName: string,
  components: Record<string, JsonSchema>,
): JsonSchema {
  const { $defs, ...root } = structuredClone(schema) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const defs = Object.entries($defs ?? {});
  const names = new Map(defs.map(([name]) => [name, componentName(name, baseName)]));
  let rootName: string | undefined;
  const taken = (name: string): boolean =>
    components[name] !== undefined || name === rootName || [...names.values()].includes(name);
  if (containsRef(root, '#')) rootName = uniqueName(baseName, taken);
  const rewrite = (node: unknown): unknown => rewriteRefs(node, names, rootName);
  // A rename changes the references of the definitions that point at it, so settle all names first.
  // Each rename picks a free name, which can never clash again: at most one pass per definition.
  for (let renamed = true; renamed;) {
    renamed = false;
    for (const [name, definition] of defs) {
      const existing = components[names.get(name) as string];
      if (existing === undefined || sameSchema(existing, rewrite(definition))) continue;
      names.set(name, uniqueName(names.get(name) as string, taken));
      renamed = true;
    }
  }
  for (const [name, definition] of defs) {
    components[names.get(name) as string] = rewrite(definition) as JsonSchema;
  }
  const result = rewrite(root) as JsonSchema;
  if (rootName === undefined) return result;
  components[rootName] = result;
  return { $ref: COMPONENT_PREFIX + rootName };
}

function componentName(defName: string, baseName: string): string {
  const generated = defName.startsWith('__');
  const name = generated ? `${baseName}${capitalize(defName.replace(/^_+/, ''))}` : defName;
  // OpenAPI restricts component keys to ^[a-zA-Z0-9.\-_]+$.
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

function uniqueName(name: string, taken: (name: string) => boolean): string {
  if (!taken(name)) return name;
  for (let n = 2; ; n += 1) if (!taken(`${name}${n}`)) return `${name}${n}`;
}

type Names = ReadonlyMap<string, string>;

function rewriteRefs(node: unknown, names: Names, rootName: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, names, rootName));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? rewriteRef(value, names, rootName)
        : rewriteRefs(value, names, rootName);
  }
  return out;
}

function rewriteRef(ref: string, names: Names, rootName: string | undefined): string {
  if (ref === '#' && rootName !== undefined) return COMPONENT_PREFIX + rootName;
  const local = /^#\/\$defs\/(.+)$/.exec(ref);
  const target = local?.[1] === undefined ? undefined : names.get(decodeURIComponent(local[1]));
  return target === undefined ? ref : COMPONENT_PREFIX + target;
}

function containsRef(node: unknown, ref: string): boolean {
  if (Array.isArray(node)) return node.some((item) => containsRef(item, ref));
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([key, value]) => (key === '$ref' ? value === ref : containsRef(value, ref)));
}

function sameSchema(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
