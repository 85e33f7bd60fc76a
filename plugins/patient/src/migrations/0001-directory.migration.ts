import { defineMigration } from '@hms/sdk';

/**
 * The patient directory read model (rebuilt from events by `patient.directory`). Search matches name keys by
 * prefix (`LIKE 'abc%'`), which a btree serves only with `text_pattern_ops` under a non-C collation; the MRN is
 * unique and matched exactly; birth dates are matched exactly; listings page in (family, given, id) order.
 */
export const createDirectoryMigration = defineMigration('0001-directory', [
  `CREATE TABLE patient.directory (
    id uuid PRIMARY KEY,
    mrn text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    middle_name text,
    birth_date date NOT NULL,
    gender text NOT NULL,
    phone text,
    email text,
    address jsonb,
    preferred_language text,
    given_key text NOT NULL,
    family_key text NOT NULL,
    version integer NOT NULL,
    registered_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT directory_mrn_key UNIQUE (mrn)
  )`,
  `CREATE INDEX directory_family_key_prefix_idx ON patient.directory (family_key text_pattern_ops, given_key text_pattern_ops)`,
  `CREATE INDEX directory_given_key_prefix_idx ON patient.directory (given_key text_pattern_ops)`,
  `CREATE INDEX directory_birth_date_idx ON patient.directory (birth_date)`,
  `CREATE INDEX directory_name_order_idx ON patient.directory (family_key, given_key, id)`,
]);
