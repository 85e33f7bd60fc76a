import { labPlugin } from './plugin';

export { labPlugin };
export default labPlugin;
