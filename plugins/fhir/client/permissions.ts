// The server's permission names this client part checks. The fhir plugin declares none of its own: what it shows is
// the patient's record, so it follows the patient plugin's (the server checks each read and import anyway).
export const PATIENT_READ = 'patient:record:read';
