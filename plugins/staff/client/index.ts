import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import {
  EMPLOYEE_READ,
  LEAVE_APPROVE,
  LEAVE_REQUEST,
  PAYROLL_RUN,
  REVIEW_SIGN,
  ROSTER_MANAGE,
  ROSTER_READ,
  TRAINING_MANAGE,
} from './permissions';

/**
 * The staff plugin in the web client: the directory and records, leave approvals, rosters, my shifts and leave,
 * attendance, training compliance, payroll runs and performance reviews.
 */
export default defineClientPlugin({
  plugin: 'staff',
  messages,
  menu: [
    { id: 'staff', label: 'menu.staff', href: '/staff', permission: EMPLOYEE_READ, order: 60 },
    { id: 'staff-leave', label: 'menu.leave', href: '/staff/leave', permission: LEAVE_APPROVE, order: 61 },
    { id: 'staff-rosters', label: 'menu.rosters', href: '/staff/rosters', permission: ROSTER_READ, order: 62 },
    { id: 'staff-me', label: 'menu.me', href: '/staff/me', permission: LEAVE_REQUEST, order: 63 },
    {
      id: 'staff-attendance',
      label: 'menu.attendance',
      href: '/staff/attendance',
      permission: ROSTER_MANAGE,
      order: 64,
    },
    { id: 'staff-training', label: 'menu.training', href: '/staff/training', permission: TRAINING_MANAGE, order: 65 },
    { id: 'staff-payroll', label: 'menu.payroll', href: '/staff/payroll', permission: PAYROLL_RUN, order: 66 },
    { id: 'staff-reviews', label: 'menu.reviews', href: '/staff/reviews', permission: REVIEW_SIGN, order: 67 },
  ],
  screens: [
    { path: '/staff', load: () => import('./StaffDirectoryScreen.svelte'), permission: EMPLOYEE_READ },
    { path: '/staff/employees/:id', load: () => import('./EmployeeScreen.svelte'), permission: EMPLOYEE_READ },
    { path: '/staff/leave', load: () => import('./LeaveApprovalsScreen.svelte'), permission: LEAVE_APPROVE },
    { path: '/staff/rosters', load: () => import('./RosterScreen.svelte'), permission: ROSTER_READ },
    // A ward's kinds of shift (the admin overview links here as "Rosters and shift types").
    { path: '/staff/shift-types', load: () => import('./ShiftTypesScreen.svelte'), permission: ROSTER_MANAGE },
    { path: '/staff/me', load: () => import('./MyStaffScreen.svelte'), permission: LEAVE_REQUEST },
    { path: '/staff/attendance', load: () => import('./AttendanceScreen.svelte'), permission: ROSTER_MANAGE },
    { path: '/staff/training', load: () => import('./TrainingScreen.svelte'), permission: TRAINING_MANAGE },
    { path: '/staff/payroll', load: () => import('./PayrollScreen.svelte'), permission: PAYROLL_RUN },
    { path: '/staff/reviews', load: () => import('./ReviewsScreen.svelte'), permission: REVIEW_SIGN },
  ],
});
