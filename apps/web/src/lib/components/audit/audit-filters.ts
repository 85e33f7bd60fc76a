import type { operations } from '$lib/api/schema';

/** The permission that opens the audit screen (the kernel declares it). */
export const AUDIT_READ = 'core:audit:read';
/** The patient module's read permission: with it the screen finds patients by name or MRN, else it takes an id. */
export const PATIENT_READ = 'patient:record:read';

export type AuditQuery = NonNullable<operations['getAuditRecords']['parameters']['query']>;
export type AuditOutcome = NonNullable<AuditQuery['outcome']>;
export const OUTCOMES: readonly AuditOutcome[] = [
  'success',
  'denied',
  'invalid',
  'not-found',
  'conflict',
  'error',
  'unauthenticated',
];

/** The filter form as the screen holds it: text as typed, times as `<input type="datetime-local">` gives them. */
export interface AuditFilterForm {
  readonly patientId: string;
  readonly actor: string;
  /** `YYYY-MM-DDTHH:mm` on this computer's clock, or ''. */
  readonly from: string;
  readonly to: string;
  readonly action: string;
  readonly outcome: AuditOutcome | '';
  readonly emergencyOnly: boolean;
}

export const EMPTY_FILTERS: AuditFilterForm = {
  patientId: '',
  actor: '',
  from: '',
  to: '',
  action: '',
  outcome: '',
  emergencyOnly: false,
};

/** A local date and time from the form as the instant the server takes (ISO 8601, UTC); '' stays absent. */
export function instantOf(local: string): string | undefined {
  if (local.trim() === '') return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The search's query string: only the filters filled in, trimmed; the page size and the cursor for "older". */
export function auditQuery(form: AuditFilterForm, page: { limit: number; after?: string }): AuditQuery {
  const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const query: AuditQuery = {
    patientId: text(form.patientId),
    actor: text(form.actor),
    from: instantOf(form.from),
    to: instantOf(form.to),
    action: text(form.action),
    outcome: form.outcome === '' ? undefined : form.outcome,
    emergencyOnly: form.emergencyOnly ? 'true' : undefined,
    limit: page.limit,
    after: page.after,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/**
 * Where the patient's access history downloads from: the period of the form, times in this computer's zone (the
 * hospital's, on a hospital computer). The session cookie authenticates the download; only ids are in the address.
 */
export function accessHistoryHref(form: AuditFilterForm, timeZone: string): string | undefined {
  const patientId = form.patientId.trim();
  if (patientId === '') return undefined;
  const params = new URLSearchParams({ timeZone });
  const from = instantOf(form.from);
  const to = instantOf(form.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return `/api/audit/patients/${encodeURIComponent(patientId)}/access-history?${params.toString()}`;
}
