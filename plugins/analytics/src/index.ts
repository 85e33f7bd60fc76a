import { analyticsPlugin } from './plugin';

export { analyticsPlugin };
export default analyticsPlugin;
