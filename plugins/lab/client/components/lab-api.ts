import { api } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';
import type { operations } from '$lib/api/schema';
import { newId } from '$lib/stores/idb';
import { t } from '$lib/i18n/en';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The laboratory's answers, as the generated schema types them (never written by hand). */
export type LabOrder = JsonOf<operations['getLabOrdersByOrderId']['responses'][200]>;
export type LabOrderRow = JsonOf<operations['getLabWorklist']['responses'][200]>['items'][number];
export type LabCatalogue = JsonOf<operations['getLabCatalogue']['responses'][200]>;
export type LabCatalogueTest = LabCatalogue['tests'][number];
export type CumulativeResults = JsonOf<operations['getLabPatientsByPatientIdResults']['responses'][200]>;
export type WorklistStatus = 'placed' | 'collected' | 'received' | 'resulted';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Sends one laboratory command straight to the server, never through the outbox: an order's steps are decided on
 * the order as it is now (a result validated offline could already be cancelled). Each try carries its own
 * Idempotency-Key, so an answer lost on the way and sent again is recorded once.
 */
export async function labStep<T>(
  call: (idempotency: { 'Idempotency-Key': string }) => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Outcome<T | undefined>> {
  try {
    const { data, error, response } = await call({ 'Idempotency-Key': newId() });
    return response.ok ? { ok: true, value: data } : { ok: false, message: describeAnswer(error, response) };
  } catch {
    return { ok: false, message: t.problems.network };
  }
}

/** The order step for an id: the order's screen posts to `/api/lab/orders/{orderId}/<step>` with an empty body. */
export function orderStep(
  orderId: string,
  step: 'collect' | 'receive' | 'validate' | 'acknowledge-critical',
): Promise<Outcome<LabOrder | undefined>> {
  const path = `/api/lab/orders/{orderId}/${step}` as '/api/lab/orders/{orderId}/collect';
  return labStep((header) => api.POST(path, { params: { path: { orderId }, header }, body: {} }));
}

/** An ISO instant as the ward reads it: `2026-03-02 08:00` (UTC, as the server keeps it). */
export const when = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')}` : '');
