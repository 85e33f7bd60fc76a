import { z } from '@hms/sdk';
import { isValidMrn } from '../domain/mrn/mrn';

/** A medical record number: 9 digits, the last a Luhn check digit. */
export const mrnSchema = z
  .string()
  .regex(/^\d{9}$/, 'Expected a medical record number of 9 digits')
  .refine(isValidMrn, 'Not a valid medical record number: the check digit does not match');
