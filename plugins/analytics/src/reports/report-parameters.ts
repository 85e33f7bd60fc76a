import { z } from '@hms/sdk';
import { timeZoneSchema } from '../contracts/time-zone';

/** The longest period one run may cover: a year and a day (a leap year's 1 January to 1 January). */
export const MAX_PERIOD_DAYS = 367;

const DAY_MS = 86_400_000;

/** A UTC date `days` before today, as YYYY-MM-DD (defaults are computed when a run is asked for). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What every analytics report takes: a period of whole days (both included; default the last 30 days, today
 * included), the time zone those days are in, and optional filters. The stored run keeps the defaults applied,
 * so a result always says exactly which days it covers.
 */
export const reportScope = {
  from: z.iso
    .date()
    .default(() => daysAgo(29))
    .describe('First day of the period (default: 29 days ago)'),
  to: z.iso
    .date()
    .default(() => daysAgo(0))
    .describe('Last day of the period, included (default: today)'),
  timeZone: timeZoneSchema.default('UTC').describe('The time zone the days are counted in'),
  wardId: z.uuid().optional().describe('Only this ward'),
  department: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe("Only wards of this specialty (the ward's department)"),
  practitionerId: z.string().trim().min(1).max(64).optional().describe('Only this practitioner'),
};

export interface ReportScope {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly wardId?: string | undefined;
  readonly department?: string | undefined;
  readonly practitionerId?: string | undefined;
}

/** Refuses a period that ends before it starts or is longer than {@link MAX_PERIOD_DAYS}. */
export function withPeriodChecks<T extends z.ZodType<ReportScope>>(schema: T) {
  return schema
    .refine((p) => p.from <= p.to, { path: ['to'], message: 'Must not be before from' })
    .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / DAY_MS < MAX_PERIOD_DAYS, {
      path: ['from'],
      message: `The period may cover at most ${MAX_PERIOD_DAYS} days`,
    });
}
