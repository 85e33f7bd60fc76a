// The server's permission names this client part checks. Until the scheduling plugin is split out of the patient
// plugin on the server, they carry the patient plugin's prefix; one place, so the rename is one edit here.
export const APPOINTMENT_READ = 'patient:appointment:read';
export const APPOINTMENT_BOOK = 'patient:appointment:book';
