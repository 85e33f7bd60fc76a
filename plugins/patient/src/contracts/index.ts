export { RegisterPatient, UpdatePatientDemographics } from './commands';
export { COUNTRY_CODES, isCountryCode } from './country-codes';
export {
  addressSchema,
  birthDateSchema,
  DEMOGRAPHIC_FIELDS,
  demographicsChangesSchema,
  demographicsSchema,
  genderSchema,
  personNameSchema,
  preferredLanguageSchema,
} from './demographics';
export type { Address, Demographics, DemographicsChanges, Gender } from './demographics';
export { PatientDemographicsUpdated, PatientRegistered } from './events';
export { mrnSchema } from './mrn-schema';
export { PATIENT_READ, PATIENT_REGISTER, PATIENT_UPDATE } from './permissions';
export {
  DEFAULT_PAGE_SIZE,
  GetPatient,
  MAX_PAGE_SIZE,
  patientPageSchema,
  patientViewSchema,
  SearchPatients,
} from './queries';
export type { PatientPage, PatientView } from './queries';
