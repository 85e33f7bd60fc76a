import { isTimeZone, z } from '@hms/sdk';
import { AUDIT_OUTCOMES } from '../audit/audit-entry';

/** The most records one page answers; the screen asks for 50. */
export const MAX_AUDIT_PAGE = 200;

const instant = z.iso
  .datetime({ offset: true })
  .describe('An instant (ISO 8601 with a zone), e.g. 2026-03-01T00:00:00Z');
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

/**
 * What a privacy officer filters the audit log by; every filter is optional and they combine with AND. `actor` is
 * an account id or a username (or an actor id that is neither, such as a job's); `action` is exact, or a prefix
 * when it ends with `*` (`ehr.*`); `from` is inclusive, `to` exclusive.
 */
export const auditSearchSchema = z.strictObject({
  patientId: z.uuid().optional().describe('Records naming this patient'),
  actor: z.string().trim().min(1).max(100).optional().describe('Account id or username of who acted'),
  from: instant.optional(),
  to: instant.optional(),
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+\*?$/, 'Expected an action such as patient.GetPatient, or a prefix ending in *')
    .optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  emergencyOnly: flag.describe('Only emergency (break-the-glass) accesses'),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
  after: z.string().max(200).optional().describe('The `nextCursor` of the previous page'),
});
export type AuditSearchParams = z.infer<typeof auditSearchSchema>;

/** A patient's own access history, as a file: everything naming the patient, in a period, times in a zone. */
export const accessHistorySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'Expected an IANA time zone, e.g. "Europe/Lisbon"')
    .default('UTC')
    .describe('The time zone of the "when" column (IANA; default UTC)'),
});
export type AccessHistoryParams = z.infer<typeof accessHistorySchema>;
