// The server's permission names this client part checks. Until the adt plugin is split out of the patient plugin
// on the server, they carry the patient plugin's prefix; one place, so the rename is one edit here.
export const WARD_READ = 'patient:ward:read';
export const ADT_WRITE = 'patient:adt:write';
/** Defining wards and adding, renaming, closing and removing beds (bed managers and administrators). */
export const WARD_MANAGE = 'patient:ward:manage';
/** The census and the bed boards (nurses, physicians, bed managers; not the front desk). */
export const CENSUS_READ = 'patient:census:read';
