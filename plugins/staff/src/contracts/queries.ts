import { defineQuery, z } from '@hms/sdk';
import { contractTermSchema, leaveTypeSchema } from './schemas';

/** Where a person's registrations stand on a date: any valid, all expired, or none recorded. */
export const licenceStatusSchema = z.enum(['valid', 'expired', 'none']);
export type LicenceStatus = z.infer<typeof licenceStatusSchema>;

export const employeeSummarySchema = z.object({
  id: z.uuid(),
  staffNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  departmentId: z.uuid(),
  position: z.string(),
  status: z.enum(['employed', 'left']),
  licence: licenceStatusSchema,
});
export type EmployeeSummary = z.infer<typeof employeeSummarySchema>;
export const employeeListSchema = z.object({ items: z.array(employeeSummarySchema) });

export const licenceViewSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  number: z.string(),
  skills: z.array(z.string()),
  validFrom: z.iso.date(),
  expiresOn: z.iso.date(),
  /** Valid through `expiresOn`; expired from the day after, whether or not the daily job has marked it yet. */
  status: z.enum(['valid', 'expired']),
});
export type LicenceView = z.infer<typeof licenceViewSchema>;

export const employeeViewSchema = employeeSummarySchema.extend({
  workEmail: z.string(),
  phone: z.string().nullable(),
  accountId: z.string().nullable(),
  lastDay: z.iso.date().nullable(),
  terms: z.array(contractTermSchema),
  licences: z.array(licenceViewSchema),
});
export type EmployeeView = z.infer<typeof employeeViewSchema>;

export const ListEmployees = defineQuery(
  'staff.ListEmployees',
  z.object({
    /** Part of the name or the staff number. */
    q: z.string().trim().max(100).optional(),
    departmentId: z.uuid().optional(),
    includeLeavers: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  'The staff directory: employees by name, with department, position and licence status',
).returns<z.infer<typeof employeeListSchema>>();

export const GetEmployee = defineQuery(
  'staff.GetEmployee',
  z.object({ employeeId: z.uuid() }),
  'One employee record: contact details, contract terms and licences',
).returns<EmployeeView>();

export const GetMyEmployeeRecord = defineQuery(
  'staff.GetMyEmployeeRecord',
  z.object({}),
  'The signed-in person’s own employee record (self-service)',
).returns<EmployeeView>();

export const practitionerSchema = z.object({
  id: z.uuid(),
  /** The name to show on calendars: given and family name. */
  name: z.string(),
  position: z.string(),
  departmentId: z.uuid(),
  employed: z.boolean(),
  /** As of today, in the kernel's clock. */
  licence: licenceStatusSchema,
});
export type Practitioner = z.infer<typeof practitionerSchema>;
export const practitionerListSchema = z.object({ items: z.array(practitionerSchema) });

/**
 * Published: the practitioner directory other plugins name people through (scheduling's calendars). Answers the
 * ids staff knows and leaves out the others, so the asker can tell an unknown id from a known one.
 */
export const ResolvePractitioners = defineQuery(
  'staff.ResolvePractitioners',
  z.object({ ids: z.array(z.uuid()).min(1).max(200) }),
  "Practitioners' names, positions, departments and licence status, by employee id",
).returns<z.infer<typeof practitionerListSchema>>();

/**
 * Published: who a login account is, for plugins that record the acting account (a note's signer). Answers the
 * accounts linked to an employee (the link HR sets) and leaves out the others. Since staff 0.2.1.
 */
export const ResolveAccounts = defineQuery(
  'staff.ResolveAccounts',
  z.object({ accountIds: z.array(z.string().min(1).max(200)).min(1).max(200) }),
  'Employees by the login accounts linked to them: name, position, department',
).returns<{ items: (Practitioner & { accountId: string })[] }>();

export const unavailabilitySchema = z.object({
  /** Local dates, inclusive. */
  from: z.iso.date(),
  to: z.iso.date(),
  /** Approved leave; no valid licence; before the first contract term or after the last day of employment. */
  reason: z.enum(['leave', 'licence-expired', 'not-employed']),
});
export type Unavailability = z.infer<typeof unavailabilitySchema>;
export const practitionerAvailabilitySchema = z.object({
  items: z.array(
    z.object({
      practitionerId: z.uuid(),
      /** False when staff has no employee with this id (nothing is known about their days). */
      known: z.boolean(),
      /** The stretches of the asked range the practitioner may not work, earliest first. */
      unavailable: z.array(unavailabilitySchema),
      /**
       * Published rosters the practitioner is on that overlap the range: on each of their dates, only the working
       * windows are time at work (a day in such a period without a window is a day off). Outside them the asker's
       * own availability applies.
       */
      rostered: z.array(
        z.object({
          from: z.iso.date(),
          to: z.iso.date(),
          windows: z.array(z.object({ start: z.iso.datetime(), end: z.iso.datetime() })),
        }),
      ),
    }),
  ),
});
export type PractitionerAvailability = z.infer<typeof practitionerAvailabilitySchema>;

/**
 * Published: the days within [from, to] each practitioner may not be booked or rostered, from staff's own facts
 * (approved leave, licences, employment dates). Dates are local calendar dates: the asker applies its own time
 * zone. Leave still pending does not block. Rostered windows are instants.
 */
export const GetPractitionerAvailability = defineQuery(
  'staff.GetPractitionerAvailability',
  z.object({
    practitionerIds: z.array(z.uuid()).min(1).max(200),
    from: z.iso.date(),
    to: z.iso.date(),
  }),
  'The dates practitioners are on leave, without a valid licence, or not employed, and their rostered hours',
).returns<PractitionerAvailability>();

export const leaveRequestViewSchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  employeeName: z.string(),
  type: leaveTypeSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.number(),
  note: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'refused', 'cancelled']),
  reason: z.string().nullable(),
  requestedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type LeaveRequestView = z.infer<typeof leaveRequestViewSchema>;
export const leaveRequestListSchema = z.object({ items: z.array(leaveRequestViewSchema) });

export const ListLeaveRequests = defineQuery(
  'staff.ListLeaveRequests',
  z.object({
    status: z.enum(['pending', 'approved', 'refused', 'cancelled']).optional(),
    employeeId: z.uuid().optional(),
    /** Leave touching this range of dates (the team calendar). */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  }),
  'Leave requests, pending first then by start date (approvals, the team calendar)',
).returns<z.infer<typeof leaveRequestListSchema>>();

export const leaveBalanceSchema = z.object({
  type: leaveTypeSchema,
  yearFrom: z.iso.date(),
  yearTo: z.iso.date(),
  /** Earned by today. */
  accruedDays: z.number(),
  /** Unused days carried over from the year before (annual leave, up to the hospital's limit). */
  carriedOverDays: z.number(),
  /** Pending and approved in the year. */
  bookedDays: z.number(),
  /** Earned by the year's end and carried over, less booked: what can still be asked for this year. */
  availableDays: z.number(),
});
export type LeaveBalance = z.infer<typeof leaveBalanceSchema>;

export const myLeaveSchema = z.object({
  employeeId: z.uuid(),
  balances: z.array(leaveBalanceSchema),
  requests: z.array(leaveRequestViewSchema),
});
export type MyLeave = z.infer<typeof myLeaveSchema>;

export const GetLeaveOverview = defineQuery(
  'staff.GetLeaveOverview',
  z.object({ employeeId: z.uuid() }),
  "One employee's leave balances for this leave year and their requests",
).returns<MyLeave>();

export const licenceAlertSchema = z.object({
  licenceId: z.uuid(),
  employeeId: z.uuid(),
  employeeName: z.string(),
  staffNumber: z.string(),
  body: z.string(),
  number: z.string(),
  expiresOn: z.iso.date(),
  /** Due: valid, expiring within the window. Expired: past its date (marked by the nightly job or not yet). */
  status: z.enum(['due', 'expired']),
  /** Days from today to the expiry date; negative once expired. */
  daysLeft: z.number().int(),
});
export type LicenceAlert = z.infer<typeof licenceAlertSchema>;
export const licenceAlertListSchema = z.object({ items: z.array(licenceAlertSchema) });

export const ListLicenceAlerts = defineQuery(
  'staff.ListLicenceAlerts',
  z.object({ withinDays: z.coerce.number().int().min(0).max(365).default(60) }),
  "Current employees' licences expiring within the window, and those expired and not renewed",
).returns<z.infer<typeof licenceAlertListSchema>>();

export const attendanceSchema = z.object({
  employeeId: z.uuid(),
  shifts: z.array(
    z.object({
      wardId: z.uuid(),
      shiftCode: z.string(),
      date: z.iso.date(),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      status: z.enum(['upcoming', 'on-leave', 'absent', 'worked']),
      lateMinutes: z.number().int(),
      leftEarlyMinutes: z.number().int(),
      overtimeMinutes: z.number().int(),
      workedMinutes: z.number().int(),
    }),
  ),
  weeks: z.array(
    z.object({
      week: z.iso.date(),
      workedMinutes: z.number().int(),
      contractedMinutes: z.number().int(),
      overtimeMinutes: z.number().int(),
      nightMinutes: z.number().int(),
      weekendMinutes: z.number().int(),
      bankHolidayMinutes: z.number().int(),
    }),
  ),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const GetAttendance = defineQuery(
  'staff.GetAttendance',
  z.object({ employeeId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
  "One person's rostered shifts against the clock (late, left early, overtime, absent) and hours per week",
).returns<Attendance>();

/** The longest period one ward attendance question covers (a month and a bit: a pay period with its edges). */
export const MAX_WARD_ATTENDANCE_DAYS = 42;

export const wardAttendanceSchema = z.object({
  wardId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  /** The instant the shifts were judged at: later shifts are upcoming, those under way on shift or not clocked in. */
  asOf: z.iso.datetime(),
  shifts: z.array(
    z.object({
      employeeId: z.uuid(),
      name: z.string(),
      shiftCode: z.string(),
      date: z.iso.date(),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      status: z.enum(['upcoming', 'on-shift', 'not-clocked-in', 'on-leave', 'absent', 'worked']),
      lateMinutes: z.number().int(),
      leftEarlyMinutes: z.number().int(),
      overtimeMinutes: z.number().int(),
      workedMinutes: z.number().int(),
    }),
  ),
  /** The ward's people (its staff, or rostered on it in the period) clocked in now, and since when. */
  clockedIn: z.array(z.object({ employeeId: z.uuid(), name: z.string(), since: z.iso.datetime() })),
  totals: z.object({
    rostered: z.number().int(),
    worked: z.number().int(),
    onShift: z.number().int(),
    late: z.number().int(),
    absent: z.number().int(),
    notClockedIn: z.number().int(),
    onLeave: z.number().int(),
    upcoming: z.number().int(),
    overtimeMinutes: z.number().int(),
  }),
});
export type WardAttendance = z.infer<typeof wardAttendanceSchema>;

export const GetWardAttendance = defineQuery(
  'staff.GetWardAttendance',
  z.object({ wardId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
  "A ward's day or period: who was rostered, who is clocked in, late, absent or on leave, and the overtime",
).returns<WardAttendance>();

export const trainingComplianceSchema = z.object({
  items: z.array(
    z.object({
      employeeId: z.uuid(),
      name: z.string(),
      position: z.string(),
      courses: z.array(
        z.object({
          courseCode: z.string(),
          status: z.enum(['compliant', 'due-soon', 'expired', 'missing']),
          validUntil: z.iso.date().nullable(),
        }),
      ),
    }),
  ),
});
export type TrainingComplianceList = z.infer<typeof trainingComplianceSchema>;

export const GetTrainingCompliance = defineQuery(
  'staff.GetTrainingCompliance',
  z.object({ departmentId: z.uuid().optional() }),
  'Mandatory training per employee: compliant, due within 30 days, expired or missing',
).returns<TrainingComplianceList>();

export const reviewViewSchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  employeeName: z.string(),
  reviewerId: z.uuid(),
  reviewerName: z.string(),
  cycle: z.string(),
  status: z.enum(['open', 'completed']),
  goals: z.array(z.object({ goalId: z.uuid(), text: z.string() })),
  ratings: z.array(z.object({ goalId: z.uuid(), rating: z.number().int() })),
  overall: z.number().int().nullable(),
  comments: z.object({ employee: z.string().nullable(), reviewer: z.string().nullable() }),
  signedBy: z.array(z.enum(['employee', 'reviewer'])),
  /** The sides the signed-in account holds on this review (the employee's, the reviewer's, or none: HR reading). */
  mySides: z.array(z.enum(['employee', 'reviewer'])),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;
export const reviewListSchema = z.object({ items: z.array(reviewViewSchema) });

export const ListReviews = defineQuery(
  'staff.ListReviews',
  z.object({ employeeId: z.uuid().optional(), cycle: z.string().max(10).optional() }),
  "Performance reviews: every one for HR and managers, one's own (as employee or reviewer) for anyone else",
).returns<z.infer<typeof reviewListSchema>>();
