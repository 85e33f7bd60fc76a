import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages.en';
import { EMPLOYEE_READ, LEAVE_APPROVE, LEAVE_REQUEST, ROSTER_READ } from './permissions';

/** The staff plugin in the web client: the directory and records, leave approvals, rosters, and my shifts and leave. */
export default defineClientPlugin({
  plugin: 'staff',
  messages,
  menu: [
    { id: 'staff', label: 'menu.staff', href: '/staff', permission: EMPLOYEE_READ, order: 60 },
    { id: 'staff-leave', label: 'menu.leave', href: '/staff/leave', permission: LEAVE_APPROVE, order: 61 },
    { id: 'staff-rosters', label: 'menu.rosters', href: '/staff/rosters', permission: ROSTER_READ, order: 62 },
    { id: 'staff-me', label: 'menu.me', href: '/staff/me', permission: LEAVE_REQUEST, order: 63 },
  ],
  screens: [
    { path: '/staff', load: () => import('./StaffDirectoryScreen.svelte'), permission: EMPLOYEE_READ },
    { path: '/staff/employees/:id', load: () => import('./EmployeeScreen.svelte'), permission: EMPLOYEE_READ },
    { path: '/staff/leave', load: () => import('./LeaveApprovalsScreen.svelte'), permission: LEAVE_APPROVE },
    { path: '/staff/rosters', load: () => import('./RosterScreen.svelte'), permission: ROSTER_READ },
    { path: '/staff/me', load: () => import('./MyStaffScreen.svelte'), permission: LEAVE_REQUEST },
  ],
});
