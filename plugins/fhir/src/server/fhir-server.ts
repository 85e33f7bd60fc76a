import {
  ForbiddenError,
  NotFoundError,
  smartScopesAllow,
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirServerContext,
  type RouteResponse,
} from '@hms/sdk';
import {
  backgroundImportStatus,
  IMPORT_STATUS_PATH,
  startBackgroundImport,
  wantsAsync,
} from '../import/background-import';
import { importBundle } from '../import/import-bundle';
import type { FhirSettings } from '../options';
import { patientSummary } from '../summary/patient-summary';
import { capabilityStatement } from './capability-statement';
import { patientEverything } from './everything';
import { fhirJson } from './fhir-json';
import { instanceHistory, versionRead } from './history';
import { operationOutcome } from './operation-outcome';
import { OWN_TYPES, ownTypeOf, readOwn, searchOwn } from './own-types';
import { PROVENANCE_TYPE, readProvenance, searchProvenance } from '../provenance/provenance-search';
import { readResource } from './read';
import { searchResources } from './search';

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** The types the server answers itself, beside the contributions: the hospital, and the imports' Provenance. */
const SERVED_TYPES = [...OWN_TYPES, PROVENANCE_TYPE];

/** What the server answers without a session: its CapabilityStatement, as FHIR clients expect to discover it. */
export function answerPublicRequest(
  request: FhirRequest,
  contributions: readonly FhirContribution[],
  now: string,
): RouteResponse | undefined {
  if (request.method !== 'GET' || segmentsOf(request.path).join('/') !== 'metadata') return undefined;
  return fhirJson(capabilityStatement(contributions, SERVED_TYPES, request.baseUrl, now));
}

/**
 * Answers one request below /fhir/R4: `metadata`, read (`Type/id`), search (`Type?…`), a record's history
 * (`Type/id/_history`) and a version of it (`Type/id/_history/vid`) where its type answers them,
 * `Patient/id/$everything` and `Patient/id/$summary`, and an import (`POST` to the base). Other writes and
 * operations are not supported yet (405 or 404, as an OperationOutcome).
 */
export async function answerFhirRequest(
  request: FhirRequest,
  ctx: FhirServerContext,
  settings: FhirSettings,
): Promise<RouteResponse> {
  const segments = segmentsOf(request.path);
  if (request.method === 'POST' && segments.length === 0) {
    return wantsAsync(request) ? startBackgroundImport(request, ctx) : fhirJson(await importBundle(request, ctx));
  }
  if (request.method === 'GET' && segments[0] === IMPORT_STATUS_PATH && segments.length === 2) {
    return backgroundImportStatus(segments[1]!, ctx);
  }
  if (request.method !== 'GET') {
    return fhirJson(
      operationOutcome(405, 'FHIR_INTERACTION_NOT_SUPPORTED', 'This server answers reads and searches (GET) only'),
      405,
    );
  }
  const [first, second, third, ...rest] = segments;
  if (first === 'metadata' && second === undefined) {
    return fhirJson(capabilityStatement(ctx.contributions, SERVED_TYPES, request.baseUrl, ctx.now));
  }
  if (first === 'Provenance' && !typeOf(ctx, first)) {
    if (second === undefined) return fhirJson(await searchProvenance(request, ctx));
    if (third === undefined) return fhirJson(await readProvenance(second, ctx));
    throw new NotFoundError('FHIR_INTERACTION_NOT_SUPPORTED', { type: 'Provenance' });
  }
  const own = first === undefined ? undefined : ownTypeOf(first, ctx);
  if (own) {
    // Not patient data and read without a query, so the server holds the session's scopes to it itself.
    if (!smartScopesAllow(ctx.actor.scopes, own.type, 'read', false)) {
      throw new ForbiddenError('SCOPE_REQUIRED', { type: own.type, access: 'read' });
    }
    if (second === undefined) return fhirJson(searchOwn(own, request, settings));
    if (third === undefined) return fhirJson(readOwn(own, second, settings));
    throw new NotFoundError('FHIR_INTERACTION_NOT_SUPPORTED', { type: own.type });
  }
  const contribution = first === undefined ? undefined : typeOf(ctx, first);
  if (!contribution) throw new NotFoundError('FHIR_TYPE_NOT_SUPPORTED', { type: first ?? null });
  if (second === undefined) return fhirJson(await searchResources(contribution, request, ctx));
  if (!ID.test(second)) throw new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type: contribution.resource.type });
  if (third === undefined) return fhirJson(await readResource(contribution, second, ctx));
  if (third === '$everything' && rest.length === 0 && contribution.resource.type === 'Patient') {
    return fhirJson(await patientEverything(contribution, second, request, ctx));
  }
  if (third === '_history' && rest.length === 0) {
    return fhirJson(await instanceHistory(contribution, second, request, ctx));
  }
  if (third === '_history' && rest.length === 1) {
    return fhirJson(await versionRead(contribution, second, rest[0]!, request, ctx));
  }
  if (third === '$summary' && rest.length === 0 && contribution.resource.type === 'Patient') {
    return fhirJson(await patientSummary(contribution, second, request, ctx, settings));
  }
  throw new NotFoundError('FHIR_INTERACTION_NOT_SUPPORTED', { type: contribution.resource.type });
}

function typeOf(ctx: FhirServerContext, type: string): FhirContribution | undefined {
  return ctx.contributions.find((c) => c.resource.type === type);
}

/** The path's segments, percent-decoded; a malformed escape is a bad request, not a server error. */
function segmentsOf(path: string): string[] {
  try {
    return path
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    throw new ValidationError([{ path: 'path', message: 'The path has a malformed %-escape' }], 'FHIR_PATH_INVALID');
  }
}
