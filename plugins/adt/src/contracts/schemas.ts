import { z } from '@hms/sdk';

// Codes that both the commands and the answers (stays, bed boards) carry: their own file, so the queries need not
// import the commands that declare those answers.

export const dispositionSchema = z.enum([
  'home',
  'transfer-to-other-facility',
  'deceased',
  'left-against-advice',
  'other',
]);

/** Why a bed is out of service (cleaning, maintenance, isolation…): administrative, never clinical text. */
export const bedServiceReasonSchema = z.enum(['cleaning', 'maintenance', 'isolation', 'staffing', 'other']);

export type Disposition = z.infer<typeof dispositionSchema>;
export type BedServiceReason = z.infer<typeof bedServiceReasonSchema>;
