import type { Sql } from '@hms/sdk';
import type { PatientIdentifier } from '../contracts/schemas';
import type { DuplicateCandidate } from '../contracts/queries';
import { likelySamePerson } from '../domain/duplicates/duplicate-match';
import { birthDateLookup } from '../projections/birth-date-lookup';
import { findActiveByIds, findIdentifierHolders } from '../projections/master-index.read';

export interface Applicant {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly identifiers?: readonly PatientIdentifier[];
}

/**
 * The records a registration likely duplicates: any holding one of its identifiers, and any born the same day
 * whose name is alike (see `likelySamePerson`). Reads the committed directory: a registration in the same batch
 * is not seen (the identifiers' unique key still stops two holders of one identifier).
 */
export async function findDuplicateCandidates(sql: Sql, applicant: Applicant): Promise<DuplicateCandidate[]> {
  const holders = await findIdentifierHolders(sql, applicant.identifiers ?? []);
  const byIdentifier = new Set(holders.map((h) => h.patientId));
  const sameDay = (await birthDateLookup(sql).find(applicant.birthDate)).filter((p) => likelySamePerson(applicant, p));
  const byName = new Set(sameDay.map((p) => p.id));
  const people = new Map([...(await findActiveByIds(sql, [...byIdentifier])), ...sameDay].map((p) => [p.id, p]));
  return [...people.values()]
    .sort((a, b) => a.mrn.localeCompare(b.mrn))
    .map((p) => ({
      id: p.id,
      mrn: p.mrn,
      givenName: p.givenName,
      familyName: p.familyName,
      matchedOn: [
        ...(byIdentifier.has(p.id) ? (['identifier'] as const) : []),
        ...(byName.has(p.id) ? (['name-and-birth-date'] as const) : []),
      ],
    }));
}
