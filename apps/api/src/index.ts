export { INSTALLED_PLUGINS } from './plugins';
export { startApi } from './start-api';
export type { RunningApi } from './start-api';
