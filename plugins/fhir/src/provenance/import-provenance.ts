import type { FhirResource } from '@hms/sdk';
import { structureIssuesOf } from '../import/validate';

/** Where the importing account is named in a Provenance's agent (accounts are not FHIR resources here). */
export const ACCOUNT_SYSTEM = 'urn:hms:account';
/** Where the imported bundle's digest (SHA-256 of its canonical JSON) is named in the Provenance's entity. */
export const BUNDLE_DIGEST_SYSTEM = 'urn:hms:bundle-digest';
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

export interface ImportProvenanceInput {
  /** The records the import created or filed under (`Patient/<id>`, `Condition/<id>`), in entry order. */
  readonly targets: readonly string[];
  readonly accountId: string;
  readonly recorded: string;
  readonly bundleDigest: string;
  /** Where the bundle says it comes from, when it says. */
  readonly bundleSource?: string;
}

/**
 * The Provenance of one import (FHIR R4 Provenance): what it created or filed records under (`target`), when
 * (`recorded`), who (the account that imported, as the `enterer`), the activity (CREATE) and where it came from (the
 * bundle as the `source` entity: its digest, and the sending system it names). Ids only, never names. Checked
 * against the base R4 definitions like everything the server answers; a failure is a bug here, not the caller's.
 */
export function importProvenance(input: ImportProvenanceInput): FhirResource {
  const provenance: FhirResource = {
    resourceType: 'Provenance',
    target: input.targets.map((reference) => ({ reference })),
    recorded: input.recorded,
    activity: { coding: [{ system: DATA_OPERATION, code: 'CREATE', display: 'create' }] },
    agent: [
      {
        type: { coding: [{ system: PARTICIPANT_TYPE, code: 'enterer', display: 'Enterer' }] },
        who: { identifier: { system: ACCOUNT_SYSTEM, value: input.accountId } },
      },
    ],
    entity: [
      {
        role: 'source',
        what: {
          identifier: { system: BUNDLE_DIGEST_SYSTEM, value: input.bundleDigest },
          ...(input.bundleSource === undefined ? {} : { display: `Bundle from ${input.bundleSource}` }),
        },
      },
    ],
  };
  const issues = structureIssuesOf({ ...provenance, id: 'unsaved' });
  if (issues.length > 0) {
    throw new Error(`The import's Provenance is not valid R4: ${issues.map((i) => i.path).join(', ')}`);
  }
  return provenance;
}
