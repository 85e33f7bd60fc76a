import { defineSequence } from '@hms/sdk';

/** Accession numbers: unique and increasing, not gap-free (a block is handed out at a time). */
export const ACCESSION_SEQUENCE = defineSequence('lab.accession', { start: 1, blockSize: 50 });

/** `LAB-000042`: what the tubes' labels and the laboratory's telephone calls quote. */
export const accessionNumber = (n: number): string => `LAB-${String(n).padStart(6, '0')}`;
