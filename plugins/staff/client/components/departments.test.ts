import { describe, expect, it } from 'vitest';
import { departmentChoices, departmentLabel, type DepartmentFacts } from './departments';

const list: DepartmentFacts[] = [
  { id: 'aaaaaaaa-1', name: 'Cardiology', status: 'active' },
  { id: 'bbbbbbbb-2', name: 'Physiotherapy', status: 'retired' },
  { id: 'cccccccc-3', name: null, status: 'unnamed' },
];

describe('departments on the screens', () => {
  it('names a department, a retired one as such, and an unnamed id by its start', () => {
    expect(departmentLabel(list, 'aaaaaaaa-1')).toBe('Cardiology');
    expect(departmentLabel(list, 'bbbbbbbb-2')).toBe('Physiotherapy (retired)');
    expect(departmentLabel(list, 'cccccccc-3')).toBe('unnamed cccccccc…');
  });

  it('offers active and unnamed departments, never retired ones, once there is a list', () => {
    expect(departmentChoices(list)).toEqual([
      { id: 'aaaaaaaa-1', label: 'Cardiology' },
      { id: 'cccccccc-3', label: 'unnamed cccccccc…' },
    ]);
    expect(departmentChoices([{ id: 'cccccccc-3', name: null, status: 'unnamed' }])).toEqual([]);
  });
});
