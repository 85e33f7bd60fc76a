import { describe, expect, it } from 'vitest';
import { knownPractitioners, rememberPractitioner } from './practitioners';

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
}
const A = 'AAAAAAAA-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-2222-4222-8222-222222222222';

describe('practitioners kept on this computer', () => {
  it('remembers them by id (lower case), sorted by name, and renames on a second add', () => {
    const storage = memoryStorage();
    rememberPractitioner({ id: A, name: 'Dr Silva' }, storage);
    rememberPractitioner({ id: B, name: 'Dr Ahmed' }, storage);
    rememberPractitioner({ id: A.toLowerCase(), name: 'Dr Ana Silva' }, storage);
    expect(knownPractitioners(storage)).toEqual([
      { id: B, name: 'Dr Ahmed' },
      { id: A.toLowerCase(), name: 'Dr Ana Silva' },
    ]);
  });

  it('ignores a damaged list rather than failing', () => {
    const storage = memoryStorage();
    storage.setItem('hms.practitioners', '{not json');
    expect(knownPractitioners(storage)).toEqual([]);
    storage.setItem(
      'hms.practitioners',
      JSON.stringify([
        { id: 'nope', name: 'x' },
        { id: B, name: 'ok' },
      ]),
    );
    expect(knownPractitioners(storage)).toEqual([{ id: B, name: 'ok' }]);
  });
});
