import { InvariantViolation, NotFoundError } from '@hms/sdk';
import { BED_NOT_FOUND, BED_OCCUPIED, WARD_NOT_FOUND } from '../errors';

/**
 * Refusals shared by the ward, bed and stay deciders, with the words a ward clerk sees (problem+json `detail`).
 * Ids only in details.
 */
export function wardNotFound(wardId: string): NotFoundError {
  return new NotFoundError(WARD_NOT_FOUND, { wardId }, { message: 'There is no such ward.' });
}

export function bedNotFound(wardId: string, bedId: string): NotFoundError {
  return new NotFoundError(
    BED_NOT_FOUND,
    { wardId, bedId },
    {
      message: 'The ward has no such bed (it may have been removed). Refresh the bed board.',
    },
  );
}

export function bedOccupied(bedId: string): InvariantViolation {
  return new InvariantViolation(
    BED_OCCUPIED,
    { bedId },
    {
      message: 'This bed already has a patient in it. Choose a free bed on the bed board.',
    },
  );
}
