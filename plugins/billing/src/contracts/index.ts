/**
 * What other plugins may use of the billing plugin: its commands, events, queries, permissions and schemas.
 * Everything else is internal.
 */
export * from './account-events';
export * from './catalogue-events';
export * from './claim-events';
export * from './account-commands';
export * from './catalogue-commands';
export * from './claim-commands';
export * from './capture';
export * from './permissions';
export * from './queries';
export * from './margin-queries';
export * from './schemas';
export * from './card-payments';
export * from './claim-exchange';
