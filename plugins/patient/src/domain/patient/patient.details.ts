import { isDeepStrictEqual } from 'node:util';
import { DETAIL_FIELDS, type PatientDetails } from '../../contracts/schemas';

type Lists = Record<string, readonly unknown[] | undefined>;

/** The detail lists of `input` that hold something (so states and views compare by value). */
export function pickDetails(input: PatientDetails): PatientDetails {
  const source = input as Lists;
  const picked: Lists = {};
  for (const field of DETAIL_FIELDS) {
    const list = source[field];
    if (list !== undefined && list.length > 0) picked[field] = list;
  }
  return picked as PatientDetails;
}

/** The requested lists that differ from the current ones (an absent list counts as empty). */
export function diffDetails(current: PatientDetails, requested: PatientDetails): PatientDetails {
  const before = current as Lists;
  const after = requested as Lists;
  const changes: Lists = {};
  for (const field of DETAIL_FIELDS) {
    const next = after[field];
    if (next === undefined) continue;
    if (!isDeepStrictEqual(before[field] ?? [], next)) changes[field] = next;
  }
  return changes as PatientDetails;
}

/** Applies replaced lists; an empty list removes the field. */
export function applyDetails(current: PatientDetails, changes: PatientDetails): PatientDetails {
  return pickDetails({ ...current, ...changes });
}
