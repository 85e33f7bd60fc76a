/**
 * The staff plugin: its manifest, and (until the rosters, attendance and payroll are wired through commands) the
 * pure domain, so benchmarks and tools can drive the roster generator and payslips directly.
 */
import { staffPlugin } from './plugin';

export { staffPlugin };
export default staffPlugin;
export { accruedLeaveDays, DEFAULT_LEAVE_POLICY, hasBalance } from './domain/leave/leave-accrual';
export type { LeavePolicy } from './domain/leave/leave-accrual';
export { leaveDecider } from './domain/leave/leave.decider';
export type { LeaveCommand, LeaveEvent, LeaveState } from './domain/leave/leave.decider';
export { employeeDecider } from './domain/employee/employee.decider';
export type { EmployeeCommand, EmployeeEvent, EmployeeState } from './domain/employee/employee.decider';
export { contractedWeeklyHours, termOn } from './domain/employee/contract-terms';
export { heldSkills } from './domain/licence/held-skills';
export { licenceDecider } from './domain/licence/licence.decider';
export type { LicenceCommand, LicenceEvent, LicenceState } from './domain/licence/licence.decider';
export { generateRoster } from './domain/roster/roster-generator';
export { checkRoster } from './domain/roster/roster-check';
export { applySwap } from './domain/roster/apply-swap';
export { workingWindows } from './domain/roster/working-windows';
export type { WorkingWindow } from './domain/roster/working-windows';
export { rosterDecider } from './domain/roster/roster.decider';
export type { RosterCommand, RosterEvent, RosterState } from './domain/roster/roster.decider';
export { shiftSwapDecider } from './domain/roster/shift-swap.decider';
export type { ShiftSwapCommand, ShiftSwapEvent, ShiftSwapState } from './domain/roster/shift-swap.decider';
export { HARD_RULES } from './domain/roster/roster.model';
export type {
  Assignment,
  Breach,
  GeneratedRoster,
  HeldSkill,
  LeaveBlock,
  RosterInput,
  RosterPeriod,
  RosterRule,
  RosterRules,
  RosterStaff,
  ShiftType,
  UncoveredNeed,
} from './domain/roster/roster.model';
export { attendanceByWeek, attendanceOfShifts } from './domain/attendance/attendance';
export type {
  AttendanceInput,
  AttendanceRules,
  ClockSession,
  RosteredTime,
  ShiftAttendance,
  WeekAttendance,
} from './domain/attendance/attendance';
export { clockDecider } from './domain/attendance/clock.decider';
export type { ClockCommand, ClockEvent, ClockState } from './domain/attendance/clock.decider';
export { calculatePayslip } from './domain/payroll/payslip';
export type { PayInput } from './domain/payroll/payslip';
export { payRunDecider } from './domain/payroll/pay-run.decider';
export type { PayRunCommand, PayRunEvent, PayRunState } from './domain/payroll/pay-run.decider';
export { trainingSessionDecider } from './domain/training/training-session.decider';
export type {
  TrainingSessionCommand,
  TrainingSessionEvent,
  TrainingSessionState,
} from './domain/training/training-session.decider';
export { trainingCompliance } from './domain/training/training-compliance';
export type { CourseCompliance, CourseRequirement } from './domain/training/training-compliance';
export { reviewDecider } from './domain/review/review.decider';
export type { ReviewCommand, ReviewEvent, ReviewState } from './domain/review/review.decider';
export {
  clockStream,
  employeeStream,
  leaveStream,
  licenceStream,
  payRunStream,
  reviewStream,
  rosterStream,
  shiftSwapStream,
  trainingSessionStream,
} from './domain/streams';
export type { StaffPluginOptions } from './options';
