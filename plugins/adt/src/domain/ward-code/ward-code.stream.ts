import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/adt.md): the stored streams go on.
/** The claim stream of one ward code, `'patient.wardcode-ICU'` (codes are stored upper-case). */
export const wardCodeStream = (code: string): string => streamId('patient', 'wardcode', code);
