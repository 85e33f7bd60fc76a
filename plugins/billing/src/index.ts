import { billingPlugin } from './plugin';

export { billingPlugin };
export default billingPlugin;
