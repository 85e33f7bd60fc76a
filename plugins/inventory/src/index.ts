import { inventoryPlugin } from './plugin';

export { inventoryPlugin };
export default inventoryPlugin;
