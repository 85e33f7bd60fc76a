import { defineMigration, type FhirImportRun, type FhirResource, type MigrationDefinition, type Sql } from '@hms/sdk';

/**
 * Background FHIR imports, in the `core` schema: the stored bundle (so the job's payload is the run's id alone, and
 * no patient data sits in the queue), who asked and from where, how far it got, and the report or the code it
 * failed with. The bundle is deleted once the run ends: the records it became, and the audit log, remain.
 */
export const fhirImportRunsMigrations: readonly MigrationDefinition[] = [
  defineMigration('0901-fhir-import-runs', [
    `CREATE TABLE core.fhir_import_runs (
      id uuid PRIMARY KEY,
      requested_by uuid NOT NULL CONSTRAINT fhir_import_runs_requested_by_fk REFERENCES core.accounts (id),
      requested_at timestamptz NOT NULL,
      source text,
      status text NOT NULL DEFAULT 'queued'
        CONSTRAINT fhir_import_runs_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
      progress integer NOT NULL DEFAULT 0 CONSTRAINT fhir_import_runs_progress_check CHECK (progress BETWEEN 0 AND 100),
      bundle jsonb,
      report jsonb,
      failure text,
      finished_at timestamptz
    )`,
    'CREATE INDEX fhir_import_runs_requester_idx ON core.fhir_import_runs (requested_by, requested_at DESC)',
  ]),
];

interface RunRow {
  id: string;
  status: FhirImportRun['status'];
  progress: number;
  report: FhirResource | null;
  failure: string | null;
  requested_at: Date;
}

/** The runs' rows; every write is guarded by status, so a second delivery of a job changes nothing. */
export const fhirImportRuns = {
  async create(sql: Sql, run: { id: string; requestedBy: string; at: Date; source: string | null; bundle: unknown }) {
    await sql.query(
      `INSERT INTO core.fhir_import_runs (id, requested_by, requested_at, source, bundle) VALUES ($1, $2, $3, $4, $5)`,
      [run.id, run.requestedBy, run.at, run.source, JSON.stringify(run.bundle)],
    );
  },

  async ofRequester(sql: Sql, id: string, requestedBy: string): Promise<FhirImportRun | undefined> {
    const [row] = await sql.query<RunRow>(
      `SELECT id, status, progress, report, failure, requested_at FROM core.fhir_import_runs
        WHERE id = $1 AND requested_by = $2`,
      [id, requestedBy],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      status: row.status,
      progress: row.progress,
      ...(row.report === null ? {} : { report: row.report }),
      ...(row.failure === null ? {} : { failure: row.failure }),
      requestedAt: row.requested_at.toISOString(),
    };
  },

  /** Marks the run started and answers what the job needs; undefined when it has ended already. */
  async start(
    sql: Sql,
    id: string,
  ): Promise<{ requestedBy: string; source: string | null; bundle: unknown } | undefined> {
    const [row] = await sql.query<{ requested_by: string; source: string | null; bundle: unknown }>(
      `UPDATE core.fhir_import_runs SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING requested_by, source, bundle`,
      [id],
    );
    return row && { requestedBy: row.requested_by, source: row.source, bundle: row.bundle };
  },

  async progress(sql: Sql, id: string, percent: number): Promise<void> {
    await sql.query(`UPDATE core.fhir_import_runs SET progress = $2 WHERE id = $1 AND status = 'running'`, [
      id,
      percent,
    ]);
  },

  async complete(sql: Sql, id: string, report: FhirResource, at: Date): Promise<void> {
    await sql.query(
      `UPDATE core.fhir_import_runs SET status = 'done', progress = 100, report = $2, bundle = NULL, finished_at = $3
        WHERE id = $1 AND status = 'running'`,
      [id, JSON.stringify(report), at],
    );
  },

  async fail(sql: Sql, id: string, code: string, at: Date): Promise<void> {
    await sql.query(
      `UPDATE core.fhir_import_runs SET status = 'failed', failure = $2, bundle = NULL, finished_at = $3
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, code, at],
    );
  },
};
