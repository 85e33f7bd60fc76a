import type { CommandMeta } from '@hms/sdk';

/** Fictional ids and a fixed clock for decider tests: never real patient data. */
export const PATIENT = '0b6f6a39-7c3e-4f2a-9d55-2f6a3b8c1d01';
export const ENCOUNTER = '1c7e7b4a-8d4f-4a3b-8e66-3a7b4c9d2e02';
export const NOW = '2026-03-01T09:00:00.000Z';
export const ACTOR = 'dr-demo';

export const meta = (now = NOW): CommandMeta => ({ commandId: 'cmd-1', actorId: ACTOR, now, correlationId: 'corr-1' });

/** What every chart event records besides its own facts. */
export const recordedAt = (at = NOW): { patientId: string; at: string; by: string } => ({
  patientId: PATIENT,
  at,
  by: ACTOR,
});

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
