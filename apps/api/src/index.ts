// The installed plugins' list is its own package (@hms/installed-plugins); re-exported for the API's callers.
export { INSTALLED_PLUGINS } from '@hms/installed-plugins';
export { serveUntilSignalled, startApi } from './start-api';
export type { RunningApi } from './start-api';
