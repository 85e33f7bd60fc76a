import { ChartCache } from './chart-cache';
import { openDatabase } from './idb';
import { Outbox } from './outbox';
import { PatientCache } from './patient-cache';

let opened: Promise<IDBDatabase> | undefined;
const database = (): Promise<IDBDatabase> => (opened ??= openDatabase());

/** The browser's outbox and patient and chart copies, shared by the whole client. */
export const outbox = new Outbox(database);
export const patientCache = new PatientCache(database);
export const chartCache = new ChartCache(database);
