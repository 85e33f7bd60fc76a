import { defineSequence } from '@hms/sdk';

/**
 * Medical record numbers: the next number of the `patient.mrn` sequence, zero-padded to 8 digits, followed by one
 * Luhn (mod 10) check digit, 9 digits in all. The check digit lets the front desk catch a mistyped MRN before it
 * reaches the wrong chart: Luhn detects every single-digit error and every swap of two neighbouring digits except
 * 0↔9 ("09" ↔ "90"), which is the algorithm's known blind spot.
 */
export const MRN_SEQUENCE = defineSequence('patient.mrn', { start: 1, blockSize: 50 });

/** Digits before the check digit. */
export const MRN_PAYLOAD_DIGITS = 8;
/** The largest sequence number an MRN can carry. */
export const MAX_MRN_NUMBER = 10 ** MRN_PAYLOAD_DIGITS - 1;

const MRN_PATTERN = /^\d{9}$/;

/** The Luhn check digit of a string of digits. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    // Double every second digit counting leftwards from the rightmost payload digit.
    const digit = Number(payload[payload.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** Formats a sequence number as an MRN: `formatMrn(1)` is `'000000018'`. */
export function formatMrn(sequenceNumber: number): string {
  if (!Number.isSafeInteger(sequenceNumber) || sequenceNumber < 1 || sequenceNumber > MAX_MRN_NUMBER) {
    throw new RangeError(`MRN sequence number ${sequenceNumber} is outside 1..${MAX_MRN_NUMBER}`);
  }
  const payload = String(sequenceNumber).padStart(MRN_PAYLOAD_DIGITS, '0');
  return `${payload}${luhnCheckDigit(payload)}`;
}

/** Whether a string is 9 digits whose last is the Luhn check digit of the first 8. */
export function isValidMrn(candidate: string): boolean {
  if (!MRN_PATTERN.test(candidate)) return false;
  return luhnCheckDigit(candidate.slice(0, MRN_PAYLOAD_DIGITS)) === Number(candidate[MRN_PAYLOAD_DIGITS]);
}
