/**
 * What other plugins may use of the staff plugin: its commands, events and schemas. Everything else is internal.
 * (Queries and permissions arrive with the wiring step.)
 */
export * from './attendance.contracts';
export * from './employee.commands';
export * from './employee.events';
export * from './leave.commands';
export * from './leave.events';
export * from './payroll.contracts';
export * from './payroll.schemas';
export * from './review.contracts';
export * from './roster.commands';
export * from './roster.events';
export * from './schemas';
export * from './training.contracts';
