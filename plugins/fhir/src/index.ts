export { fhirPlugin as default, fhirPlugin } from './plugin';
