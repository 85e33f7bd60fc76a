import { ehrPlugin } from './plugin';

export { ehrPlugin };
export default ehrPlugin;
