import type { CommandMeta } from '@hms/sdk';

/** Made-up ids and a fixed clock for decider tests. */
export const ITEM = '00000000-0000-4000-8000-000000000001';
export const PHARMACY = '00000000-0000-4000-8000-000000000002';
export const WARD = '00000000-0000-4000-8000-000000000003';
export const ORDER = '00000000-0000-4000-8000-000000000004';
export const DELIVERY = '00000000-0000-4000-8000-000000000005';
export const OTHER_ITEM = '00000000-0000-4000-8000-000000000006';
export const NOW = '2026-03-01T09:00:00.000Z';
export const TODAY = '2026-03-01';
export const ACTOR = 'storekeeper-demo';

export const meta = (now = NOW): CommandMeta => ({ commandId: 'cmd-1', actorId: ACTOR, now, correlationId: 'corr-1' });

/** What every stock event at the pharmacy records besides its own facts. */
export const atPharmacy = { at: NOW, by: ACTOR, itemId: ITEM, locationId: PHARMACY };

/** The equipment register's made-up ids. */
export const ASSET = '00000000-0000-4000-8000-000000000011';
export const PLAN = '00000000-0000-4000-8000-000000000012';
export const WORK_ORDER = '00000000-0000-4000-8000-000000000013';
export const WARD_DEPARTMENT = '00000000-0000-4000-8000-000000000014';
export const BIOMED_DEPARTMENT = '00000000-0000-4000-8000-000000000015';

/** Pharmacy dispensing's made-up ids (1.4). */
export const PRESCRIPTION = '00000000-0000-4000-8000-000000000021';
export const PATIENT = '00000000-0000-4000-8000-000000000022';
export const DISPENSE = '00000000-0000-4000-8000-000000000023';
export const SECOND_DISPENSE = '00000000-0000-4000-8000-000000000024';
export const RETURN = '00000000-0000-4000-8000-000000000025';
