import type { ReportResult } from '@hms/sdk';

/**
 * One line of an analytics report. Every report shares these columns, so one CSV layout serves them all:
 * a rate's value comes with the numerator and denominator it was computed from. A type (not an interface) so a
 * list of rows is a report result's rows as it is.
 */
export type ReportRow = {
  readonly section: string;
  readonly measure: string;
  /** The ward, department, practitioner or disposition the line is about ('' for the whole hospital). */
  readonly subject: string;
  /** The day, week or month start (YYYY-MM-DD) the line is about ('' for the whole period). */
  readonly period: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly note: string;
};

export const REPORT_COLUMNS: ReportResult['columns'] = [
  { key: 'section', label: 'Section' },
  { key: 'measure', label: 'Measure' },
  { key: 'subject', label: 'Ward / practitioner / group' },
  { key: 'period', label: 'Period' },
  { key: 'value', label: 'Value' },
  { key: 'numerator', label: 'Numerator' },
  { key: 'denominator', label: 'Denominator' },
  { key: 'note', label: 'Note' },
];

/** Rounds to two decimals; figures are stored and compared rounded so CSV, PDF and JSON agree. */
export function round2(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : null;
}

/** A percentage of two counts, or null when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round2((numerator / denominator) * 100) : null;
}

export function row(fields: Partial<ReportRow> & Pick<ReportRow, 'section' | 'measure'>): ReportRow {
  return { subject: '', period: '', value: null, numerator: null, denominator: null, note: '', ...fields };
}

/** The line a section shows when the plugin it reads from is not enabled. */
export function notEnabled(section: string, plugin: string): ReportRow {
  return row({ section, measure: 'not available', note: `the ${plugin} plugin is not enabled` });
}
