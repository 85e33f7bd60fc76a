import { patientPlugin } from './plugin';

export { patientPlugin };
export default patientPlugin;
