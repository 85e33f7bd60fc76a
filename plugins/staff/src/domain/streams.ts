import { streamId } from '@hms/sdk';

/** One stream per employee: their record and every term of their contract. */
export const employeeStream = (employeeId: string): string => streamId('staff', 'employee', employeeId);
/** One stream per licence, so renewing one registration never races with another. */
export const licenceStream = (licenceId: string): string => streamId('staff', 'licence', licenceId);
/** One stream per employee's leave: the balance check and a second request race on one stream. */
export const leaveStream = (employeeId: string): string => streamId('staff', 'leave', employeeId);
/** One stream per employee's clock: a badge read twice in a second is decided once. */
export const clockStream = (employeeId: string): string => streamId('staff', 'clock', employeeId);
export const shiftSwapStream = (swapId: string): string => streamId('staff', 'shift-swap', swapId);
/** One stream per pay group and period: calculating and locking race on it, so a locked run is never rerun. */
export const payRunStream = (payGroup: string, from: string, to: string): string =>
  streamId('staff', 'pay-run', `${payGroup}@${from}..${to}`);
export const trainingSessionStream = (sessionId: string): string => streamId('staff', 'training-session', sessionId);
export const reviewStream = (reviewId: string): string => streamId('staff', 'review', reviewId);
/** One stream per ward and roster period: publishing a new version races with nothing else. */
export const rosterStream = (wardId: string, from: string, to: string): string =>
  streamId('staff', 'roster', `${wardId}@${from}..${to}`);
/** One stream per ward: its shift types and time zone. */
export const wardShiftsStream = (wardId: string): string => streamId('staff', 'ward-shifts', wardId);
/** One stream per pay group: its policy. */
export const payGroupStream = (payGroup: string): string => streamId('staff', 'pay-group', payGroup);
/** One stream per mandatory course: its rule. */
export const mandatoryTrainingStream = (courseCode: string): string =>
  streamId('staff', 'mandatory-training', courseCode);
/** One stream per department on the list. */
export const departmentStream = (departmentId: string): string => streamId('staff', 'department', departmentId);
