import { adtPlugin } from './plugin';

export { adtPlugin };
export default adtPlugin;
