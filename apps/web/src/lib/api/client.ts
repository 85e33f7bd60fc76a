import createClient from 'openapi-fetch';
import { withLanguage } from './language';
import type { operations, paths } from './schema';

/**
 * The API, typed from the OpenAPI document (schema.d.ts is generated: `pnpm --filter @hms/web generate:api`).
 * Same origin, with the HttpOnly session cookie: the client never sees or stores the token.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

type AnswerListener = (url: string, status: number) => void;
const answerListeners = new Set<AnswerListener>();

/**
 * Tells `listener` the address and status of every answer the API gives this client (the session store reads a
 * 401 as the session's end, and any other as a use that slid it); answers the unsubscribe function.
 */
export function onApiAnswer(listener: AnswerListener): () => void {
  answerListeners.add(listener);
  return () => answerListeners.delete(listener);
}

api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', withLanguage(request.headers).get('accept-language')!);
  },
  onResponse({ request, response }) {
    for (const listener of answerListeners) listener(request.url, response.status);
  },
});

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type PatientView = JsonOf<operations['getPatientsById']['responses'][200]>;
export type PatientPage = JsonOf<operations['postPatientsSearch']['responses'][200]>;
export type RegisterPatientBody = JsonOf<NonNullable<operations['postPatients']['requestBody']>>;
export type CurrentUser = JsonOf<operations['getAuthMe']['responses'][200]>;
export type EnabledPlugin = JsonOf<operations['getPlugins']['responses'][200]>['items'][number];
export type EmergencyAccessView = NonNullable<
  JsonOf<operations['getAccessEmergencyReview']['responses'][200]>['items']
>[number];
