import { describe, expect, it } from 'vitest';
import { parseBedLabels } from './bed-labels';

describe(parseBedLabels.name, () => {
  it('reads labels separated by commas, trimmed, in the order typed', () => {
    expect(parseBedLabels(' 1, 2 ,Side room 1')).toEqual(['1', '2', 'Side room 1']);
  });

  it('drops empty labels and repeats (ignoring case, as the ward does)', () => {
    expect(parseBedLabels('A1,, a1 , B2,')).toEqual(['A1', 'B2']);
    expect(parseBedLabels('   ')).toEqual([]);
  });
});
