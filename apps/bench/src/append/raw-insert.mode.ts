import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { AppendMode } from './append-mode';
import { fictionalPatient } from './fictional-patients';

/** Shaped like an event row: a stream id, a jsonb payload, a timestamp, a bigserial key. */
const CREATE_TABLE = `CREATE TABLE bench_raw_events (
  id bigserial PRIMARY KEY,
  stream_id text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`;
const INSERT = 'INSERT INTO bench_raw_events (stream_id, data) VALUES ($1, $2::jsonb)';

/**
 * The baseline: one autocommit single-row INSERT per operation, of the patient payload the event carries, on
 * a plain `pg` pool the size of the kernel's: the least a durable write per command can cost on this server.
 */
export async function startRawInsertMode(url: string, poolSize: number): Promise<AppendMode> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  await pool.query('DROP TABLE IF EXISTS bench_raw_events');
  await pool.query(CREATE_TABLE);
  let mrn = 0;
  return {
    key: 'raw',
    label: 'raw INSERT (pg)',
    operation: async () => {
      const patientId = randomUUID();
      mrn += 1;
      const data = {
        patientId,
        mrn: String(mrn).padStart(9, '0'),
        ...fictionalPatient(),
        registeredAt: new Date().toISOString(),
      };
      await pool.query(INSERT, [`patient.patient-${patientId}`, JSON.stringify(data)]);
    },
    close: async () => {
      await pool.query('DROP TABLE IF EXISTS bench_raw_events');
      await pool.end();
    },
  };
}
