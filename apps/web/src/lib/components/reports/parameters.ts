/** One input of a report's parameter form, read from the JSON Schema the server lists with the report. */
export interface ParameterField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'date' | 'number' | 'integer' | 'boolean' | 'choice' | 'text';
  readonly required: boolean;
  readonly choices?: readonly string[];
  readonly initial: string;
  readonly description?: string;
}

interface PropertySchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  title?: string;
}

/** `pauseMs` → "Pause ms", `from` → "From". */
function labelOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The form's fields, in the schema's order, each with its default filled in. */
export function parameterFields(schema: unknown): ParameterField[] {
  const object = (schema ?? {}) as { properties?: Record<string, PropertySchema>; required?: string[] };
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, p]) => {
    const type = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
    const kind: ParameterField['kind'] = p.enum
      ? 'choice'
      : type === 'integer'
        ? 'integer'
        : type === 'number'
          ? 'number'
          : type === 'boolean'
            ? 'boolean'
            : p.format === 'date'
              ? 'date'
              : 'text';
    return {
      name,
      label: p.title ?? labelOf(name),
      kind,
      required: required.has(name) && p.default === undefined,
      ...(p.enum ? { choices: p.enum.map(String) } : {}),
      initial: p.default === undefined || p.default === null ? '' : String(p.default),
      ...(p.description ? { description: p.description } : {}),
    };
  });
}

/** The form's values as the parameters to send: empty optional fields left out, numbers and booleans typed. */
export function parameterValues(
  fields: readonly ParameterField[],
  values: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim();
    if (field.kind === 'boolean') {
      out[field.name] = raw === 'true';
      continue;
    }
    if (raw === '') continue;
    out[field.name] = field.kind === 'integer' || field.kind === 'number' ? Number(raw) : raw;
  }
  return out;
}
