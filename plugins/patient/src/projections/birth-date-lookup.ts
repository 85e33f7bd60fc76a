import type { Sql } from '@hms/sdk';
import type { DirectoryPerson } from './master-index.read';

/** At most this many records per birth date are compared with a registration (a cap against pathological data). */
const MAX_SAME_BIRTH_DATE = 1000;

interface Pending {
  readonly birthDate: string;
  resolve(people: DirectoryPerson[]): void;
  reject(error: unknown): void;
}

/**
 * The active records born on a date, for the duplicate search at registration. Registrations arriving together
 * (a busy front desk, a bulk import) would each ask on their own; instead, lookups asked in the same tick share one
 * query, and so do lookups asked while a query is running: they go together into the next one, as soon as it
 * returns (requests over HTTP each arrive in their own tick). A lone lookup runs at once.
 */
export class BirthDateLookup {
  private pending: Pending[] = [];
  private running = false;

  constructor(private readonly sql: Sql) {}

  find(birthDate: string): Promise<DirectoryPerson[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ birthDate, resolve, reject });
      if (this.running) return;
      this.running = true;
      process.nextTick(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.flush();
    } finally {
      this.running = false;
    }
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const dates = [...new Set(batch.map((p) => p.birthDate))];
    try {
      const rows = await this.sql.query<DirectoryPerson & { birthDate: string }>(
        `SELECT p.id::text AS id, p.mrn, p.given_name AS "givenName", p.family_name AS "familyName",
                to_char(d.day, 'YYYY-MM-DD') AS "birthDate"
           FROM unnest($1::date[]) AS d(day)
           CROSS JOIN LATERAL (
             SELECT id, mrn, given_name, family_name FROM patient.directory
              WHERE birth_date = d.day AND merged_into IS NULL ORDER BY id LIMIT ${MAX_SAME_BIRTH_DATE}
           ) p`,
        [dates],
      );
      for (const request of batch) {
        request.resolve(
          rows.filter((r) => r.birthDate === request.birthDate).map(({ birthDate: _date, ...person }) => person),
        );
      }
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
  }
}

const lookups = new WeakMap<Sql, BirthDateLookup>();

/** The shared lookup of a connection pool. */
export function birthDateLookup(sql: Sql): BirthDateLookup {
  let lookup = lookups.get(sql);
  if (!lookup) {
    lookup = new BirthDateLookup(sql);
    lookups.set(sql, lookup);
  }
  return lookup;
}
