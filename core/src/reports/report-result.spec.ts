import { InvariantViolation } from '@hms/sdk';
import { checkedResult } from './report-result';

describe(checkedResult.name, () => {
  it('keeps the declared columns, filling missing cells with null', () => {
    expect(
      checkedResult({
        columns: [
          { key: 'a', label: 'A' },
          { key: 'b', label: 'B' },
        ],
        rows: [{ a: 1, extra: 'x' }],
        summary: { n: 1 },
      }),
    ).toEqual({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [{ a: 1, b: null }],
      summary: { n: 1 },
    });
  });

  it.each([
    ['no columns', { columns: [], rows: [] }],
    [
      'duplicate keys',
      {
        columns: [
          { key: 'a', label: 'A' },
          { key: 'a', label: 'B' },
        ],
        rows: [],
      },
    ],
    ['an object cell', { columns: [{ key: 'a', label: 'A' }], rows: [{ a: { nested: true } }] }],
    ['NaN', { columns: [{ key: 'a', label: 'A' }], rows: [{ a: Number.NaN }] }],
    ['a bad summary', { columns: [{ key: 'a', label: 'A' }], rows: [], summary: { n: [1] } }],
  ])('refuses %s', (_, result) => {
    expect(() => checkedResult(result)).toThrow(InvariantViolation);
  });
});
