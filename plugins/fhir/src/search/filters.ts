import type { FhirPeriod, FhirResource, FhirSearchParameter, FhirToken } from '@hms/sdk';
import { dateRangeOf, datesMatch, DATE_PREFIXES, periodRangeOf, type DatePrefix, type DateRange } from './date-range';

/** One parameter of a search, as a test every resource of the answer must pass (repeated parameters: all). */
export type ResourceFilter = (resource: FhirResource) => boolean;

/**
 * The filter for one parameter and its value (a comma list: any of them), or the reason it cannot be read.
 * `_id` is every type's; the other names come with their declared parameter.
 */
export function filterOf(
  name: string,
  parameter: FhirSearchParameter | undefined,
  modifier: string | undefined,
  value: string,
): ResourceFilter | string {
  const alternatives = value.split(',');
  if (alternatives.some((v) => v === '')) return 'Expected a value';
  if (!parameter) {
    if (name !== '_id' || modifier !== undefined) return `The modifier :${modifier} is not supported here`;
    return (resource) => resource.id !== undefined && alternatives.includes(resource.id);
  }
  switch (parameter.type) {
    case 'token':
      return modifier === undefined ? tokenFilter(parameter.values, alternatives) : unsupported(modifier);
    case 'reference':
      return modifier === undefined ? referenceFilter(parameter.values, alternatives) : unsupported(modifier);
    case 'string':
      return stringFilter(parameter.values, modifier, alternatives);
    case 'date':
      return modifier === undefined ? dateFilter(parameter.values, alternatives) : unsupported(modifier);
  }
}

function unsupported(modifier: string): string {
  return `The modifier :${modifier} is not supported here`;
}

/** `system|code`, `|code` (no system), `system|` (any code of it) or `code` (any system). */
function tokenFilter(values: (r: never) => readonly FhirToken[], alternatives: readonly string[]): ResourceFilter {
  const wanted = alternatives.map((alternative) => {
    const bar = alternative.indexOf('|');
    return bar === -1
      ? { code: alternative }
      : { system: alternative.slice(0, bar), code: alternative.slice(bar + 1) || undefined };
  });
  return (resource) =>
    values(resource as never).some((token) =>
      wanted.some(
        (w) =>
          (w.system === undefined || (w.system === '' ? token.system === undefined : token.system === w.system)) &&
          (w.code === undefined || token.code === w.code),
      ),
    );
}

/** `Type/id`, a bare `id`, or an absolute URL ending in `Type/id`. */
function referenceFilter(values: (r: never) => readonly string[], alternatives: readonly string[]): ResourceFilter {
  const wanted = alternatives.map((a) => /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(a)?.[1] ?? a);
  return (resource) =>
    values(resource as never).some((reference) =>
      wanted.some((w) => (w.includes('/') ? reference === w : reference.split('/').pop() === w)),
    );
}

/** By the start of the value, ignoring case and accents; `:exact` whole and as written; `:contains` anywhere. */
function stringFilter(
  values: (r: never) => readonly string[],
  modifier: string | undefined,
  alternatives: readonly string[],
): ResourceFilter | string {
  if (modifier === 'exact') return (resource) => values(resource as never).some((v) => alternatives.includes(v));
  if (modifier !== undefined && modifier !== 'contains') return unsupported(modifier);
  const wanted = alternatives.map(folded);
  const matches =
    modifier === 'contains' ? (v: string, w: string) => v.includes(w) : (v: string, w: string) => v.startsWith(w);
  return (resource) => values(resource as never).some((v) => wanted.some((w) => matches(folded(v), w)));
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `[prefix]date`, the prefix one of eq ne gt lt ge le sa eb ap (eq when absent). */
function dateFilter(
  values: (r: never) => readonly (string | FhirPeriod)[],
  alternatives: readonly string[],
): ResourceFilter | string {
  const wanted: { prefix: DatePrefix; range: DateRange }[] = [];
  for (const alternative of alternatives) {
    const prefixed = DATE_PREFIXES.find((p) => alternative.startsWith(p));
    const range = dateRangeOf(prefixed ? alternative.slice(2) : alternative);
    if (!range) return 'Expected a date such as 2024-05-02 or ge2024-05-02T10:00:00Z';
    wanted.push({ prefix: prefixed ?? 'eq', range });
  }
  return (resource) =>
    values(resource as never).some((value) => {
      const target = typeof value === 'string' ? dateRangeOf(value) : periodRangeOf(value);
      return target !== undefined && wanted.some((w) => datesMatch(w.prefix, target, w.range));
    });
}
