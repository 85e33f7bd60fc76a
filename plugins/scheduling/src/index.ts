import { schedulingPlugin } from './plugin';

export { schedulingPlugin };
export type { SchedulingPluginOptions } from './options';
export default schedulingPlugin;
