// The server's permission names this client part checks (the patient plugin declares them). One place, so a rename
// on the server is one edit here.
export const RECORD_READ = 'patient:record:read';
export const RECORD_REGISTER = 'patient:record:register';
export const RECORD_UNMERGE = 'patient:record:unmerge';
