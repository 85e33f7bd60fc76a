import { defineMigration } from '@hms/sdk';
import { compactIcd10Codes } from '../terminology/icd10-compact';

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * The ICD-10 codes diagnoses are coded with: the shipped compact list, then whatever the hospital loads (`source`
 * tells which). Search by code prefix (btree on the code) and by words (a GIN index on the title's words).
 */
export const createTerminologyMigration = defineMigration('0002-terminology', [
  `CREATE TABLE ehr.icd10_codes (
    code text PRIMARY KEY,
    title text NOT NULL,
    source text NOT NULL,
    words tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED
  )`,
  `CREATE INDEX icd10_codes_words_idx ON ehr.icd10_codes USING gin (words)`,
  `INSERT INTO ehr.icd10_codes (code, title, source) VALUES ${compactIcd10Codes()
    .map(({ code, title }) => `(${quote(code)}, ${quote(title)}, 'compact')`)
    .join(', ')}`,
]);
