export { INSTALLED_PLUGINS } from './plugins';
export { serveUntilSignalled, startApi } from './start-api';
export type { RunningApi } from './start-api';
