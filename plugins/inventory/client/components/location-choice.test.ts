import { describe, expect, it } from 'vitest';
import { chooseLocation, chosenLocation, pickLocation } from './location-choice';

function memory() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('the remembered store location', () => {
  it('is kept, and forgotten when "all locations" is chosen', () => {
    const storage = memory();
    expect(chosenLocation(storage)).toBe('');
    chooseLocation('loc-1', storage);
    expect(chosenLocation(storage)).toBe('loc-1');
    chooseLocation('', storage);
    expect(chosenLocation(storage)).toBe('');
  });

  it('is still read where it was kept before the rename from "stores", and moved on the next choice', () => {
    const storage = memory();
    storage.setItem('hms.stores.location', 'loc-old');
    expect(chosenLocation(storage)).toBe('loc-old');
    chooseLocation('loc-2', storage);
    expect([storage.getItem('hms.inventory.location'), storage.getItem('hms.stores.location')]).toEqual([
      'loc-2',
      null,
    ]);
  });

  it('is simply not kept when the storage fails', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    expect(() => chooseLocation('loc-1', broken)).not.toThrow();
    expect(chosenLocation(broken)).toBe('');
  });
});

describe('the location a form starts with', () => {
  const offered = [{ id: 'pharm' }, { id: 'ward' }];
  it('keeps a choice still offered, else takes the own store, else the only one, else none', () => {
    expect(pickLocation('pharm', offered, 'ward')).toBe('pharm');
    expect(pickLocation('gone', offered, 'ward')).toBe('ward');
    expect(pickLocation('', offered, '')).toBe('');
    expect(pickLocation('', [{ id: 'pharm' }], 'ward')).toBe('pharm');
  });
});
