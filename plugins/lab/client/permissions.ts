// The server's permission names this client part checks (the lab plugin declares them).
export const CATALOGUE_READ = 'lab:catalogue:read';
export const ORDER_PLACE = 'lab:order:place';
export const RESULT_READ = 'lab:result:read';
export const SPECIMEN_HANDLE = 'lab:specimen:handle';
export const RESULT_ENTER = 'lab:result:enter';
export const RESULT_VALIDATE = 'lab:result:validate';
export const WORKLIST_READ = 'lab:worklist:read';
/** The patient directory's read: printing labels puts the patient's name, MRN and birth date on them. */
export const PATIENT_READ = 'patient:record:read';
