import { messages as msg } from '../messages';

/** A department as `GET /api/staff/departments` lists it. */
export interface DepartmentFacts {
  readonly id: string;
  readonly name: string | null;
  readonly status: 'active' | 'retired' | 'unnamed';
}

/** "Ward 3A", or the id's start for one nobody has named yet ("unnamed 0d000000…"). */
export function departmentLabel(departments: readonly DepartmentFacts[], id: string): string {
  const found = departments.find((d) => d.id === id);
  if (found?.name) return found.status === 'retired' ? msg.departments.labelRetired(found.name) : found.name;
  return msg.departments.labelUnnamed(id.slice(0, 8));
}

/**
 * What a hire or a move may choose: the active departments, then the ids in use nobody has named (the server
 * accepts both); never a retired one. Empty while the hospital keeps no list (a free id is typed then).
 */
export function departmentChoices(departments: readonly DepartmentFacts[]): { id: string; label: string }[] {
  if (!departments.some((d) => d.status !== 'unnamed')) return [];
  return departments
    .filter((d) => d.status !== 'retired')
    .map((d) => ({ id: d.id, label: departmentLabel(departments, d.id) }));
}
