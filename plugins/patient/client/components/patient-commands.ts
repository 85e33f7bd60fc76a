/** The patient commands its screens queue (declared offline-capable by the plugin), by wire type. */
export const REGISTER = 'patient.RegisterPatient';
export const UPDATE_DEMOGRAPHICS = 'patient.UpdatePatientDemographics';
