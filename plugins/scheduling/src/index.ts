import { schedulingPlugin } from './plugin';

export { schedulingPlugin };
export type { SchedulingPluginOptions } from './plugin';
export default schedulingPlugin;
