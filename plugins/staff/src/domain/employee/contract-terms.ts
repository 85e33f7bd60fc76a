import type { ContractTerm } from '../../contracts/schemas';

/**
 * The term in force on `date`: the latest term that started on or before it, unless that term's `to` has passed
 * or the employment ended (`lastDay`). Terms are kept oldest first.
 */
export function termOn(
  terms: readonly ContractTerm[],
  date: string,
  lastDay: string | null = null,
): ContractTerm | undefined {
  if (lastDay !== null && date > lastDay) return undefined;
  let found: ContractTerm | undefined;
  for (const term of terms) if (term.from <= date) found = term;
  if (found === undefined || (found.to !== null && date > found.to)) return undefined;
  return found;
}

/** The person's contracted weekly hours under a term: FTE × the post's full-time hours. */
export const contractedWeeklyHours = (term: ContractTerm): number => term.fte * term.fullTimeWeeklyHours;
