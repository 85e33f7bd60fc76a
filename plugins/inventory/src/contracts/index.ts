/**
 * What other plugins (and vendors' plugins) may use of the inventory plugin: its commands, events, queries and
 * permissions. Everything else is internal.
 */
export * from './commands';
export * from './events';
export * from './permissions';
export * from './queries';
export * from './schemas';
export * from './equipment-commands';
export * from './equipment-events';
export * from './equipment-queries';
export * from './equipment-schemas';
export * from './dispensing-commands';
export * from './dispensing-events';
export * from './dispensing-permissions';
export * from './dispensing-queries';
export * from './consumption-queries';
export * from './purchasing-commands';
export * from './purchasing-events';
export * from './purchasing-queries';
export * from './purchasing-schemas';
export * from './maintenance-commands';
export * from './maintenance-events';
export * from './maintenance-queries';
export * from './maintenance-schemas';
