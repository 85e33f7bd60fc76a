import { openDatabase } from './idb';
import { Outbox } from './outbox';
import { PatientCache } from './patient-cache';

let opened: Promise<IDBDatabase> | undefined;
const database = (): Promise<IDBDatabase> => (opened ??= openDatabase());

/** The browser's outbox and patient copies, shared by the whole client. */
export const outbox = new Outbox(database);
export const patientCache = new PatientCache(database);
