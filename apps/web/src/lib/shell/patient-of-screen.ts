import type { ScreenParams } from '@hms/sdk/client';

/**
 * The patient a screen is about, for the patient banner: a `:patientId` parameter (the account), or the `:id` of a
 * path under `/patients/:id` (the patient's page, the chart). Other screens (`/patients/new`, a ward) have none.
 */
export function patientOfScreen(path: string, params: ScreenParams): string | undefined {
  if (params.patientId) return params.patientId;
  if ((path === '/patients/:id' || path.startsWith('/patients/:id/')) && params.id) return params.id;
  return undefined;
}
