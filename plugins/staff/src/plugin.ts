import { employeeIdentity } from './care/employee.identity';
import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { staffRules, type StaffPluginOptions } from './options';
import { ATTENDANCE_EVENTS } from './contracts/attendance.contracts';
import { EMPLOYEE_EVENTS } from './contracts/employee.events';
import { PayGroupDefined } from './contracts/pay-group.contracts';
import { PAYROLL_EVENTS } from './contracts/payroll.contracts';
import { ROSTER_EVENTS } from './contracts/roster.events';
import { WardShiftsDefined } from './contracts/ward-shifts.contracts';
import { MandatoryTrainingDefined, TRAINING_EVENTS } from './contracts/training.contracts';
import { REVIEW_EVENTS } from './contracts/review.contracts';
import { DEPARTMENT_EVENTS } from './contracts/department.contracts';
import { LEAVE_EVENTS } from './contracts/leave.events';
import {
  DIRECTORY_READ,
  EMPLOYEE_MANAGE,
  EMPLOYEE_READ,
  LEAVE_APPROVE,
  LEAVE_REQUEST,
  PAYROLL_RUN,
  ROSTER_MANAGE,
  ROSTER_READ,
  SHIFT_SWAP,
  STAFF_PERMISSIONS,
  TIME_CLOCK,
  TRAINING_MANAGE,
  REVIEW_MANAGE,
  REVIEW_SIGN,
} from './contracts/permissions';
import { addContractTermHandler } from './handlers/add-contract-term.handler';
import {
  defineDepartmentHandler,
  listDepartmentsHandler,
  renameDepartmentHandler,
  retireDepartmentHandler,
} from './handlers/department.handlers';
import {
  acceptShiftSwapHandler,
  declineShiftSwapHandler,
  refuseShiftSwapHandler,
  withdrawShiftSwapHandler,
} from './handlers/answer-shift-swap.handlers';
import { approveShiftSwapHandler } from './handlers/approve-shift-swap.handler';
import { calculatePayRunHandler } from './handlers/calculate-pay-run.handler';
import {
  calculatePayslipBatchHandler,
  completePayRunHandler,
  failPayRunHandler,
} from './handlers/pay-run-batch.handlers';
import { startPayRunHandler } from './handlers/start-pay-run.handler';
import { resolveAccountsHandler } from './handlers/resolve-accounts.handler';
import { cancelLeaveHandler } from './handlers/cancel-leave.handler';
import { clockInHandler, clockOutHandler } from './handlers/clock.handlers';
import { definePayGroupHandler } from './handlers/define-pay-group.handler';
import { getAttendanceHandler } from './handlers/get-attendance.handler';
import { getWardAttendanceHandler } from './handlers/get-ward-attendance.handler';
import { getPayRunHandler } from './handlers/get-pay-run.handler';
import { getPayslipHandler } from './handlers/get-payslip.handler';
import { getOwnPayslipHandler, listOwnPayslipsHandler } from './handlers/own-payslips.handlers';
import { getTrainingComplianceHandler } from './handlers/get-training-compliance.handler';
import { listPayRunsHandler } from './handlers/list-pay-runs.handler';
import { lockPayRunHandler } from './handlers/lock-pay-run.handler';
import { checkRosterHandler } from './handlers/check-roster.handler';
import { approveLeaveHandler, refuseLeaveHandler } from './handlers/decide-leave.handlers';
import { expireLicenceHandler } from './handlers/expire-licence.handler';
import { defineWardShiftsHandler } from './handlers/define-ward-shifts.handler';
import { getEmployeeHandler } from './handlers/get-employee.handler';
import { getLeaveOverviewHandler } from './handlers/get-leave-overview.handler';
import { getMyEmployeeRecordHandler } from './handlers/get-my-employee-record.handler';
import { getPractitionerAvailabilityHandler } from './handlers/get-practitioner-availability.handler';
import { getWardShiftsHandler } from './handlers/get-ward-shifts.handler';
import { hireEmployeeHandler } from './handlers/hire-employee.handler';
import { listEmployeesHandler } from './handlers/list-employees.handler';
import { listLeaveRequestsHandler } from './handlers/list-leave-requests.handler';
import { listLicenceAlertsHandler } from './handlers/list-licence-alerts.handler';
import { listRostersHandler } from './handlers/list-rosters.handler';
import { listReviewsHandler } from './handlers/list-reviews.handler';
import { listShiftSwapsHandler } from './handlers/list-shift-swaps.handler';
import { proposeRosterHandler } from './handlers/propose-roster.handler';
import { publishRosterHandler } from './handlers/publish-roster.handler';
import { recordLicenceHandler } from './handlers/record-licence.handler';
import { renewLicenceHandler } from './handlers/renew-licence.handler';
import { requestLeaveHandler } from './handlers/request-leave.handler';
import {
  commentOnReviewHandler,
  openReviewHandler,
  rateReviewHandler,
  setReviewGoalsHandler,
  signOffReviewHandler,
} from './handlers/review.handlers';
import { requestShiftSwapHandler } from './handlers/request-shift-swap.handler';
import { resolvePractitionersHandler } from './handlers/resolve-practitioners.handler';
import { terminateEmploymentHandler } from './handlers/terminate-employment.handler';
import {
  bookTrainingPlaceHandler,
  defineMandatoryTrainingHandler,
  recordTrainingAttendanceHandler,
  scheduleTrainingSessionHandler,
} from './handlers/training.handlers';
import { updateEmployeeDetailsHandler } from './handlers/update-employee-details.handler';
import { calculatePayRunJob } from './jobs/calculate-pay-run.job';
import { expireLicencesJob } from './jobs/expire-licences.job';
import { STAFF_NOTIFICATION_KINDS } from './notifications/notification-kinds';
import { createStaffMigration } from './migrations/0001-staff.migration';
import { createRostersMigration } from './migrations/0002-rosters.migration';
import { createTimeAndPayMigration } from './migrations/0003-time-and-pay.migration';
import { createTrainingMigration } from './migrations/0004-training.migration';
import { createPayRunProgressMigration } from './migrations/0005-pay-run-progress.migration';
import { createReviewCommentsMigration } from './migrations/0006-review-comments.migration';
import { createDepartmentsMigration } from './migrations/0007-departments.migration';
import { clockProjection } from './projections/clock.projection';
import { payRunsProjection } from './projections/pay-runs.projection';
import { employeesProjection } from './projections/employees.projection';
import { leaveProjection } from './projections/leave.projection';
import { licencesProjection } from './projections/licences.projection';
import { rostersProjection } from './projections/rosters.projection';
import { shiftSwapsProjection } from './projections/shift-swaps.projection';
import { reviewsProjection } from './projections/reviews.projection';
import { departmentsProjection } from './projections/departments.projection';
import { trainingProjection } from './projections/training.projection';
import { employeeRoutes } from './routes/employee.routes';
import { leaveRoutes } from './routes/leave.routes';
import { payrollRoutes } from './routes/payroll.routes';
import { timeRoutes } from './routes/time.routes';
import { reviewRoutes } from './routes/review.routes';
import { departmentRoutes } from './routes/department.routes';
import { trainingRoutes } from './routes/training.routes';
import { rosterRoutes } from './routes/roster.routes';
import { shiftSwapRoutes } from './routes/shift-swap.routes';
import { getFhirPractitionerHandler, searchFhirPractitionersHandler } from './fhir/fhir-directory.queries';
import { STAFF_FHIR_RESOURCES } from './fhir/staff.fhir';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const STAFF_PLUGIN_VERSION = '0.2.6';

/**
 * The hospital's workforce: employee records, contracts and licences, leave, ward shift types and rosters, shift
 * swaps, clocking and attendance, pay runs, mandatory training, performance reviews, and the practitioner
 * directory and availability other plugins ask through published queries (docs/staff.md says what is not yet).
 */
const definition = definePlugin<StaffPluginOptions>({
  name: 'staff',
  version: STAFF_PLUGIN_VERSION,
  sdk: '^2.4.0', // jobs requested by commands (2.2): pay runs in the background; the identity as a statement (2.4)
  description: 'Employee records, contracts and licences, leave, rosters, and the practitioner directory',
  permissions: [...STAFF_PERMISSIONS],
  roles: [
    {
      name: 'hr-officer',
      description: 'Keeps employee records, contracts and licences, and decides leave',
      permissions: [
        EMPLOYEE_READ,
        EMPLOYEE_MANAGE,
        DIRECTORY_READ,
        ROSTER_READ,
        LEAVE_REQUEST,
        LEAVE_APPROVE,
        TRAINING_MANAGE,
        REVIEW_MANAGE,
        REVIEW_SIGN,
      ],
    },
    {
      name: 'ward-manager',
      description: "Runs a ward's rosters and shift swaps and decides the team's leave",
      permissions: [
        EMPLOYEE_READ,
        DIRECTORY_READ,
        ROSTER_READ,
        ROSTER_MANAGE,
        SHIFT_SWAP,
        LEAVE_REQUEST,
        LEAVE_APPROVE,
        REVIEW_MANAGE,
        REVIEW_SIGN,
      ],
    },
    {
      name: 'payroll-officer',
      description: 'Runs, checks and locks pay runs',
      permissions: [EMPLOYEE_READ, PAYROLL_RUN, LEAVE_REQUEST],
    },
    {
      name: 'employee',
      description: 'Every member of staff: their own record, leave and shifts',
      permissions: [LEAVE_REQUEST, ROSTER_READ, SHIFT_SWAP, REVIEW_SIGN],
    },
    { name: 'time-clock', description: 'A badge kiosk: clocks people in and out', permissions: [TIME_CLOCK] },
    // Added to the other plugins' suggested roles of the same name: calendars and bookings name practitioners.
    { name: 'front-desk', description: 'Registers patients and books appointments', permissions: [DIRECTORY_READ] },
    { name: 'nurse', description: 'Finds patients', permissions: [DIRECTORY_READ] },
    { name: 'physician', description: 'Finds patients', permissions: [DIRECTORY_READ] },
  ],
  events: [
    ...EMPLOYEE_EVENTS,
    ...LEAVE_EVENTS,
    WardShiftsDefined,
    ...ROSTER_EVENTS,
    ...ATTENDANCE_EVENTS,
    PayGroupDefined,
    ...PAYROLL_EVENTS,
    ...TRAINING_EVENTS,
    MandatoryTrainingDefined,
    ...REVIEW_EVENTS,
    ...DEPARTMENT_EVENTS,
  ],
  commands: [
    hireEmployeeHandler,
    updateEmployeeDetailsHandler,
    addContractTermHandler,
    terminateEmploymentHandler,
    recordLicenceHandler,
    renewLicenceHandler,
    expireLicenceHandler,
    requestLeaveHandler,
    approveLeaveHandler,
    refuseLeaveHandler,
    cancelLeaveHandler,
    defineWardShiftsHandler,
    publishRosterHandler,
    requestShiftSwapHandler,
    acceptShiftSwapHandler,
    declineShiftSwapHandler,
    withdrawShiftSwapHandler,
    approveShiftSwapHandler,
    refuseShiftSwapHandler,
    clockInHandler,
    clockOutHandler,
    definePayGroupHandler,
    calculatePayRunHandler,
    startPayRunHandler,
    calculatePayslipBatchHandler,
    completePayRunHandler,
    failPayRunHandler,
    lockPayRunHandler,
    defineMandatoryTrainingHandler,
    scheduleTrainingSessionHandler,
    bookTrainingPlaceHandler,
    recordTrainingAttendanceHandler,
    openReviewHandler,
    setReviewGoalsHandler,
    rateReviewHandler,
    commentOnReviewHandler,
    signOffReviewHandler,
    defineDepartmentHandler,
    renameDepartmentHandler,
    retireDepartmentHandler,
  ],
  queries: [
    listEmployeesHandler,
    getEmployeeHandler,
    getMyEmployeeRecordHandler,
    resolvePractitionersHandler,
    resolveAccountsHandler,
    getPractitionerAvailabilityHandler,
    listLeaveRequestsHandler,
    listLicenceAlertsHandler,
    getLeaveOverviewHandler,
    getWardShiftsHandler,
    proposeRosterHandler,
    checkRosterHandler,
    listRostersHandler,
    listShiftSwapsHandler,
    getAttendanceHandler,
    getWardAttendanceHandler,
    listPayRunsHandler,
    getPayRunHandler,
    getPayslipHandler,
    listOwnPayslipsHandler,
    getOwnPayslipHandler,
    getTrainingComplianceHandler,
    listReviewsHandler,
    listDepartmentsHandler,
    getFhirPractitionerHandler,
    searchFhirPractitionersHandler,
  ],
  fhir: STAFF_FHIR_RESOURCES,
  projections: [
    employeesProjection,
    licencesProjection,
    leaveProjection,
    rostersProjection,
    shiftSwapsProjection,
    clockProjection,
    payRunsProjection,
    trainingProjection,
    reviewsProjection,
    departmentsProjection,
  ],
  routes: [
    ...employeeRoutes,
    ...leaveRoutes,
    ...rosterRoutes,
    ...shiftSwapRoutes,
    ...timeRoutes,
    ...payrollRoutes,
    ...trainingRoutes,
    ...reviewRoutes,
    ...departmentRoutes,
  ],
  paths: ['/staff'],
  migrations: [
    createStaffMigration,
    createRostersMigration,
    createTimeAndPayMigration,
    createTrainingMigration,
    createPayRunProgressMigration,
    createReviewCommentsMigration,
    createDepartmentsMigration,
  ],
  jobs: [expireLicencesJob, calculatePayRunJob],
  notificationKinds: [...STAFF_NOTIFICATION_KINDS],
  clinicianIdentities: [employeeIdentity],
});

/**
 * The plugin, with the hospital's rules as options (`staffPlugin.configure({ timeZone: 'Europe/Lisbon' })`,
 * docs/staff.md lists them and their defaults). They are checked when given, so a value out of range stops the
 * start naming the option instead of surfacing in the first roster.
 */
export const staffPlugin: PluginDefinition<StaffPluginOptions> = Object.freeze({
  ...definition,
  configure: (options: Partial<StaffPluginOptions>): PluginDefinition<StaffPluginOptions> => {
    staffRules({ ...definition.options, ...options });
    return definition.configure(options);
  },
});
