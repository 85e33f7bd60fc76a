import {
  defineMigration,
  type FhirProvenanceCriteria,
  type FhirResource,
  type MigrationDefinition,
  type Sql,
  type SqlParam,
} from '@hms/sdk';

/**
 * The Provenance of each FHIR import that wrote something, in the `core` schema beside the import's audit record
 * (written in the same transaction): the resource as the FHIR server built it, and the columns it is found by —
 * its targets, the account that imported, the patients it names (for the care-relationship rule) and when.
 * One per bundle (by its digest), like the import itself: importing the same bundle again changes nothing, so it
 * adds no Provenance (its audit record says it was tried). Never edited.
 */
export const fhirProvenanceMigrations: readonly MigrationDefinition[] = [
  defineMigration('0902-fhir-provenance', [
    `CREATE TABLE core.fhir_provenance (
      id uuid PRIMARY KEY,
      recorded timestamptz NOT NULL,
      bundle_digest text NOT NULL CONSTRAINT fhir_provenance_bundle_unique UNIQUE,
      agent uuid NOT NULL CONSTRAINT fhir_provenance_agent_fk REFERENCES core.accounts (id),
      targets text[] NOT NULL,
      patient_ids text[] NOT NULL,
      resource jsonb NOT NULL
    )`,
    'CREATE INDEX fhir_provenance_targets_idx ON core.fhir_provenance USING gin (targets)',
    'CREATE INDEX fhir_provenance_agent_idx ON core.fhir_provenance (agent, recorded DESC)',
  ]),
];

/** One stored Provenance with what its reader's checks need. */
export interface StoredProvenance {
  readonly patientIds: readonly string[];
  readonly resource: FhirResource;
}

/** The most a search answers before the server pages it: a record's imports, not the whole table. */
const MAX_ROWS = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fhirProvenance = {
  async insert(
    sql: Sql,
    row: {
      id: string;
      recorded: Date;
      bundleDigest: string;
      agent: string;
      targets: readonly string[];
      patientIds: readonly string[];
    },
    resource: FhirResource,
  ): Promise<void> {
    await sql.query(
      `INSERT INTO core.fhir_provenance (id, recorded, bundle_digest, agent, targets, patient_ids, resource)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (bundle_digest) DO NOTHING`,
      [row.id, row.recorded, row.bundleDigest, row.agent, row.targets, row.patientIds, JSON.stringify(resource)],
    );
  },

  /** Newest first. An id or account that is not a UUID names nothing here (no match, not an error). */
  async search(sql: Sql, criteria: FhirProvenanceCriteria): Promise<StoredProvenance[]> {
    const where: string[] = [];
    const params: SqlParam[] = [];
    if (criteria.id !== undefined) {
      if (!UUID.test(criteria.id)) return [];
      params.push(criteria.id);
      where.push(`id = $${params.length}`);
    }
    if (criteria.targets !== undefined) {
      params.push(criteria.targets);
      where.push(`targets && $${params.length}::text[]`);
    }
    if (criteria.agents !== undefined) {
      const agents = criteria.agents.filter((agent) => UUID.test(agent));
      if (agents.length === 0) return [];
      params.push(agents);
      where.push(`agent = ANY($${params.length}::uuid[])`);
    }
    const rows = await sql.query<{ patient_ids: string[]; resource: FhirResource }>(
      `SELECT patient_ids, resource FROM core.fhir_provenance
        ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
        ORDER BY recorded DESC, id LIMIT ${MAX_ROWS}`,
      params,
    );
    return rows.map((row) => ({ patientIds: row.patient_ids, resource: row.resource }));
  },
};
