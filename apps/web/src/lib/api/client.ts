import createClient from 'openapi-fetch';
import type { operations, paths } from './schema';

/**
 * The API, typed from the OpenAPI document (schema.d.ts is generated: `pnpm --filter @hms/web generate:api`).
 * Same origin, with the HttpOnly session cookie: the client never sees or stores the token.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type PatientView = JsonOf<operations['getPatientsById']['responses'][200]>;
export type PatientPage = JsonOf<operations['postPatientsSearch']['responses'][200]>;
export type RegisterPatientBody = JsonOf<NonNullable<operations['postPatients']['requestBody']>>;
export type CurrentUser = JsonOf<operations['getAuthMe']['responses'][200]>;
export type EnabledPlugin = JsonOf<operations['getPlugins']['responses'][200]>['items'][number];
export type EmergencyAccessView = NonNullable<
  JsonOf<operations['getAccessEmergencyReview']['responses'][200]>['items']
>[number];
