/**
 * Invoice numbers are gap-free per calendar year (`INV-2026-000042`): tax authorities in many countries require
 * that every number of a year is accounted for, so a voided invoice keeps its number and stays on file.
 * The handler takes `n` from a counter that is part of the command's own transaction (rolled back with it), and
 * hands the formatted number to `IssueInvoice`; the decider never counts.
 */
export function invoiceNumber(year: number, n: number): string {
  return `INV-${year}-${String(n).padStart(6, '0')}`;
}

/** The counter's name for a year: one gap-free counter per year, starting at 1. */
export const invoiceCounter = (year: number): string => `billing.invoice-${year}`;
