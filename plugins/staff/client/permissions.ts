// The server's permission names this client part checks (the staff plugin declares them).
export const EMPLOYEE_READ = 'staff:employee:read';
export const EMPLOYEE_MANAGE = 'staff:employee:manage';
export const ROSTER_READ = 'staff:roster:read';
export const ROSTER_MANAGE = 'staff:roster:manage';
export const LEAVE_REQUEST = 'staff:leave:request';
export const LEAVE_APPROVE = 'staff:leave:approve';
export const PAYROLL_RUN = 'staff:payroll:run';
export const TRAINING_MANAGE = 'staff:training:manage';
export const REVIEW_MANAGE = 'staff:review:manage';
export const REVIEW_SIGN = 'staff:review:sign';
