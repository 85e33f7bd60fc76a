import { patientPlugin } from './plugin';

export { patientPlugin };
export type { PatientPluginOptions } from './plugin';
export default patientPlugin;
