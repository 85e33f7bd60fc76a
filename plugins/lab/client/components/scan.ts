import type { LabOrderRow } from './lab-api';

/**
 * The order a scanned code names: its accession (`LAB-000042`) or one of its tubes' label codes (`LAB-000042-SST`,
 * what the barcode on the tube holds). Scanners add a return or spaces; case is not a tube's.
 */
export function orderOfScan(code: string, orders: readonly LabOrderRow[]): LabOrderRow | undefined {
  const scanned = code.trim().toUpperCase();
  if (scanned === '') return undefined;
  return orders.find((o) => scanned === o.accession || scanned.startsWith(`${o.accession}-`));
}
