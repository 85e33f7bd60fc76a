/** A FHIR date, dateTime or instant, to its precision: `2024`, `2024-05`, `2024-05-02`, `2024-05-02T10:00:00Z`. */
const FHIR_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** A half-open span of milliseconds, `[from, to)`; an open end is infinite. */
export interface DateRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The span a date value covers at its precision (FHIR search 3.1.1.4.1.1: `2024-05` is all of May). A value
 * without a time zone is read as UTC. `undefined` when it is not a FHIR date.
 */
export function dateRangeOf(value: string): DateRange | undefined {
  const match = FHIR_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const y = Number(year);
  const mo = month === undefined ? undefined : Number(month) - 1;
  const d = day === undefined ? undefined : Number(day);
  if (mo !== undefined && (mo < 0 || mo > 11)) return undefined;
  if (hour === undefined) {
    const from = Date.UTC(y, mo ?? 0, d ?? 1);
    const to =
      d !== undefined ? Date.UTC(y, mo ?? 0, d + 1) : mo !== undefined ? Date.UTC(y, mo + 1, 1) : Date.UTC(y + 1, 0, 1);
    return Number.isNaN(from) || new Date(from).getUTCDate() !== (d ?? 1) ? undefined : { from, to };
  }
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${zone ?? 'Z'}`;
  const from = Date.parse(iso);
  if (Number.isNaN(from)) return undefined;
  const step = fraction !== undefined ? 1 : second !== undefined ? 1000 : 60_000;
  return { from, to: from + step };
}

/** A period's span: from its start (or always) to the end of its end (or on). */
export function periodRangeOf(period: { readonly start?: string; readonly end?: string }): DateRange | undefined {
  const start = period.start === undefined ? undefined : dateRangeOf(period.start);
  const end = period.end === undefined ? undefined : dateRangeOf(period.end);
  if ((period.start !== undefined && !start) || (period.end !== undefined && !end)) return undefined;
  return { from: start?.from ?? -Infinity, to: end?.to ?? Infinity };
}

export const DATE_PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap'] as const;
export type DatePrefix = (typeof DATE_PREFIXES)[number];

/** Whether a resource's span matches the parameter's span under a prefix (FHIR search 3.1.1.4.1.1). */
export function datesMatch(prefix: DatePrefix, target: DateRange, search: DateRange): boolean {
  const within = target.from >= search.from && target.to <= search.to;
  switch (prefix) {
    case 'eq':
      return within;
    case 'ne':
      return !within;
    case 'gt':
      return target.to > search.to;
    case 'lt':
      return target.from < search.from;
    case 'ge':
      return target.to > search.to || within;
    case 'le':
      return target.from < search.from || within;
    case 'sa':
      return target.from >= search.to;
    case 'eb':
      return target.to <= search.from;
    case 'ap':
      return target.from < search.to && target.to > search.from;
  }
}
