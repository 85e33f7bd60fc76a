import { z } from '@hms/sdk';

/** A skill code a shift may need and a person may hold: "rn", "hca", "midwife", "icu", "paeds-bls". */
export const skillSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits or "-"');

/** An ISO 4217 currency code; amounts are integers in its minor unit (cents, pence). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR');
export const moneySchema = z.object({ amount: z.number().int(), currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

/** A wall-clock time, HH:MM (24 h). */
export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const contractTypeSchema = z.enum(['permanent', 'fixed-term', 'bank', 'locum']);
export type ContractType = z.infer<typeof contractTypeSchema>;

/**
 * One term of an employment contract, in force from `from` until the next term starts (or `to`). A pay rise or a
 * change of hours is a new term from its date, so past payslips keep the terms they were paid on.
 */
export const contractTermSchema = z.object({
  termId: z.uuid(),
  from: z.iso.date(),
  /** The last day of a fixed-term contract; null while open-ended. */
  to: z.iso.date().nullable(),
  type: contractTypeSchema,
  /** Full-time equivalent, 0.1–1 (0.6 works 60 % of full-time hours and is paid 60 % of the salary). */
  fte: z.number().min(0.1).max(1),
  /** Full-time weekly hours for the post (37.5): the person's contracted hours are `fte × fullTimeWeeklyHours`. */
  fullTimeWeeklyHours: z.number().positive().max(60),
  payGrade: z.string().trim().min(1).max(40),
  /** The full-time annual salary of the grade point; the person is paid `fte ×` this, pro rata by days. */
  annualSalary: moneySchema,
});
export type ContractTerm = z.infer<typeof contractTermSchema>;

export const leaveTypeSchema = z.enum(['annual', 'sick', 'unpaid', 'study', 'parental', 'compassionate']);
export type LeaveType = z.infer<typeof leaveTypeSchema>;

/** A reason kept with a decision (refusal, termination); no patient or health details belong here. */
export const reasonSchema = z.string().trim().min(1).max(500);

export const personNameSchema = z.string().trim().min(1).max(120);
