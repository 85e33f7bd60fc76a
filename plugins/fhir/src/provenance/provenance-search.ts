import {
  fhirRecordAccess,
  NotFoundError,
  type FhirProvenanceCriteria,
  type FhirRequest,
  type FhirResource,
  type FhirSearchParameter,
  type FhirServerContext,
  type FhirToken,
} from '@hms/sdk';
import { searchRequestOf, type SearchableType } from '../search/search-request';
import { searchset } from '../search/searchset';
import { ACCOUNT_SYSTEM } from './import-provenance';

interface StoredProvenance extends FhirResource {
  readonly target?: readonly { readonly reference?: string }[];
  readonly recorded?: string;
  readonly agent?: readonly { readonly who?: { readonly identifier?: { system?: string; value?: string } } }[];
}

const targetsOf = (p: FhirResource): string[] =>
  ((p as StoredProvenance).target ?? []).flatMap((t) => (t.reference === undefined ? [] : [t.reference]));
const agentsOf = (p: FhirResource): FhirToken[] =>
  ((p as StoredProvenance).agent ?? []).flatMap(({ who }) =>
    who?.identifier?.value === undefined ? [] : [{ system: who.identifier.system, code: who.identifier.value }],
  );

const PARAMETERS: readonly FhirSearchParameter[] = [
  { name: 'target', type: 'reference', description: 'A record the import created or filed under', values: targetsOf },
  {
    name: 'patient',
    type: 'reference',
    description: 'A patient among the targets',
    values: (p: FhirResource) => targetsOf(p).filter((t) => t.startsWith('Patient/')),
  },
  {
    name: 'agent',
    type: 'token',
    description: `The account that imported, as ${ACCOUNT_SYSTEM}|<account id> (accounts are not FHIR resources here)`,
    values: agentsOf,
  },
  {
    name: 'recorded',
    type: 'date',
    description: 'When the import was recorded',
    values: (p: FhirResource) => [(p as StoredProvenance).recorded ?? ''].filter((d) => d !== ''),
  },
];

/** Provenance as the server's own type: stored by the kernel with each import, searched through `ctx`. */
export const PROVENANCE_TYPE: SearchableType & { readonly description: string } = {
  type: 'Provenance',
  description: 'One per import that wrote records: who, when, from which system, what it created',
  search: { parameters: PARAMETERS },
};

/**
 * `GET Provenance?target=…&agent=…&recorded=…`. The `Type/id` targets, patients and accounts asked narrow what the
 * kernel looks up (and the patients named meet the care-relationship rule); every parameter then filters the answer
 * the same way as on any type.
 */
export async function searchProvenance(request: FhirRequest, ctx: FhirServerContext): Promise<FhirResource> {
  const search = searchRequestOf(PROVENANCE_TYPE, request.query);
  const matches = (
    await fhirRecordAccess(ctx).searchProvenance(criteriaOf(search.criteria.parameters, search.ids))
  ).filter((resource) => search.filters.every((matches) => matches(resource)));
  return searchset({
    baseUrl: request.baseUrl,
    path: 'Provenance',
    parameters: search.parameters,
    matches,
    count: search.count,
    offset: search.offset,
  });
}

/** `GET Provenance/<id>`. */
export async function readProvenance(id: string, ctx: FhirServerContext): Promise<FhirResource> {
  const [found] = await fhirRecordAccess(ctx).searchProvenance({ id });
  if (!found) throw new NotFoundError('FHIR_RESOURCE_NOT_FOUND', { type: 'Provenance', id });
  return found;
}

/** A criterion is given to the kernel only when every value of it can be (a bare id is filtered afterwards). */
function criteriaOf(
  parameters: Readonly<Record<string, readonly string[]>>,
  ids: readonly string[] | undefined,
): FhirProvenanceCriteria {
  const references = [...(parameters.target ?? []), ...(parameters.patient ?? [])].flatMap((v) => v.split(','));
  const full = references.map((r) => /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(r)?.[1]);
  const patients = (parameters.patient ?? []).flatMap((v) => v.split(','));
  const agents = (parameters.agent ?? []).flatMap((v) => v.split(',')).map((v) => v.slice(v.indexOf('|') + 1));
  // `patient=<bare id>` names a patient even without its type.
  const targets = full.every((r) => r !== undefined)
    ? (full as string[])
    : patients.length === references.length
      ? patients.map((p) => (p.includes('/') ? p.slice(p.lastIndexOf('Patient/')) : `Patient/${p}`))
      : undefined;
  return {
    ...(ids?.length === 1 ? { id: ids[0]! } : {}),
    ...(targets !== undefined && targets.length > 0 ? { targets } : {}),
    ...(agents.length > 0 && agents.every((a) => a !== '') ? { agents } : {}),
  };
}
