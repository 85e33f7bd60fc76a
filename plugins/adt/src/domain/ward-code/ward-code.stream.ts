import { streamId } from '@hms/sdk';

/** The claim stream of one ward code, `'patient.wardcode-ICU'` (codes are stored upper-case). */
export const wardCodeStream = (code: string): string => streamId('patient', 'wardcode', code);
