/**
 * What other plugins (and vendors' plugins) may use of the laboratory plugin: its commands, events (the chart
 * follows `ResultReleased`), queries and permissions. Everything else is internal.
 */
export * from './commands';
export * from './events';
export * from './permissions';
export * from './queries';
export * from './schemas';
