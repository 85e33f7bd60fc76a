/**
 * What other plugins may use of the staff plugin: its commands, events, queries, permissions and schemas.
 * Published queries (`ResolvePractitioners`, `GetPractitionerAvailability`) may be asked through `ctx.ask`.
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
export * from './permissions';
export * from './queries';
export * from './roster.queries';
export * from './ward-shifts.contracts';
export * from './pay-group.contracts';
