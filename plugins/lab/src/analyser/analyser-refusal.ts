import { InvariantViolation, NotFoundError, type HmsError } from '@hms/sdk';
import { ANALYSER_MESSAGE_MALFORMED, ANALYSER_RESULT_NOT_FILED, ANALYSER_UNKNOWN_SPECIMEN } from '../errors';
import { buildAck } from './hl7-ack';
import type { Hl7Refusal, OruHeader } from './oru-r01.parser';

const CODES: Record<'malformed' | 'unknown-specimen' | 'not-filed', string> = {
  malformed: ANALYSER_MESSAGE_MALFORMED,
  'unknown-specimen': ANALYSER_UNKNOWN_SPECIMEN,
  'not-filed': ANALYSER_RESULT_NOT_FILED,
};

/**
 * A refused message as the kernel answers it (problem+json, audited, nothing filed), carrying the HL7 NAK the
 * interface hands back to the analyser in `details.ack`. Ids and codes only: never a value or a patient's name.
 */
export function analyserRefusal(
  kind: keyof typeof CODES,
  header: OruHeader | undefined,
  now: string,
  refusal: Hl7Refusal,
  cause?: unknown,
): HmsError {
  const details = {
    controlId: header?.controlId ?? null,
    hl7Code: refusal.hl7Code,
    ack: buildAck(header, now, refusal),
  };
  const options = { message: refusal.reason, cause };
  return kind === 'unknown-specimen'
    ? new NotFoundError(CODES[kind], details, options)
    : new InvariantViolation(CODES[kind], details, options);
}
