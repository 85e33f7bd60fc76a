export { labPlugin } from './plugin';
