import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/api/client', () => ({ api: {} }));
const { nameAndRole, nameDirectory } = await import('./staff-names');

const ada = { name: 'Ada Example', position: 'Consultant physician' };

describe('naming people through the staff directory', () => {
  it('shows the name and the role', () => {
    expect(nameAndRole(ada)).toBe('Ada Example, Consultant physician');
  });

  it('asks once per id, and remembers an id nobody has as unknown', async () => {
    const ask = vi.fn(
      async (ids: readonly string[]) => new Map(ids.filter((id) => id === 'acc-1').map((id) => [id, ada])),
    );
    const name = nameDirectory(ask);
    expect(await name('acc-1')).toBe('Ada Example, Consultant physician');
    expect(await name('acc-1')).toBe('Ada Example, Consultant physician');
    expect(await name('acc-2')).toBeNull();
    expect(await name('acc-2')).toBeNull();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('answers null when the directory cannot answer, and asks again later', async () => {
    const ask = vi
      .fn<(ids: readonly string[]) => Promise<ReadonlyMap<string, typeof ada> | null>>()
      .mockResolvedValueOnce(null)
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(new Map([['acc-1', ada]]));
    const name = nameDirectory(ask);
    expect(await name('acc-1')).toBeNull();
    expect(await name('acc-1')).toBeNull();
    expect(await name('acc-1')).toBe('Ada Example, Consultant physician');
  });
});
