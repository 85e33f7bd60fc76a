import { describe, expect, it } from 'vitest';
import { barChartOf } from './chart';
import { parameterFields, parameterValues } from './parameters';

const schema = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date', default: '2026-01-01' },
    to: { type: 'string', format: 'date', default: '2026-01-31' },
    room: { type: 'string', maxLength: 40 },
    pauseMs: { type: 'integer', default: 0 },
    ward: { type: 'string', enum: ['A', 'B'] },
    includeClosed: { type: 'boolean', default: false },
  },
  required: ['from', 'to', 'pauseMs', 'ward'],
};

describe('report parameters', () => {
  it('turns the JSON Schema into form fields with their defaults', () => {
    expect(parameterFields(schema).map((f) => [f.name, f.label, f.kind, f.required, f.initial])).toEqual([
      ['from', 'From', 'date', false, '2026-01-01'],
      ['to', 'To', 'date', false, '2026-01-31'],
      ['room', 'Room', 'text', false, ''],
      ['pauseMs', 'Pause ms', 'integer', false, '0'],
      ['ward', 'Ward', 'choice', true, ''],
      ['includeClosed', 'Include closed', 'boolean', false, 'false'],
    ]);
    expect(parameterFields(schema).find((f) => f.name === 'ward')?.choices).toEqual(['A', 'B']);
  });

  it('sends typed values and leaves empty optional fields out', () => {
    const fields = parameterFields(schema);
    expect(
      parameterValues(fields, {
        from: '2026-02-01',
        to: '2026-02-28',
        room: ' ',
        pauseMs: '15',
        ward: 'B',
        includeClosed: 'true',
      }),
    ).toEqual({ from: '2026-02-01', to: '2026-02-28', pauseMs: 15, ward: 'B', includeClosed: true });
  });
});

describe('barChartOf', () => {
  const columns = [
    { key: 'room', label: 'Room' },
    { key: 'minutes', label: 'Minutes' },
    { key: 'note', label: 'Note' },
  ];

  it('charts the first numeric column by the first text column, scaled to the largest', () => {
    const chart = barChartOf({
      columns,
      rows: [
        { room: 'A', minutes: 30, note: 'x' },
        { room: 'B', minutes: 60, note: null },
      ],
    });
    expect(chart?.valueColumn.key).toBe('minutes');
    expect(chart?.labelColumn.key).toBe('room');
    expect(chart?.bars).toEqual([
      { label: 'A', value: 30, fraction: 0.5 },
      { label: 'B', value: 60, fraction: 1 },
    ]);
  });

  it('has no chart without rows or without a number to show, and no division by zero', () => {
    expect(barChartOf({ columns, rows: [] })).toBeUndefined();
    expect(barChartOf({ columns: [columns[0]!], rows: [{ room: 'A' }] })).toBeUndefined();
    expect(barChartOf({ columns, rows: [{ room: 'A', minutes: 0, note: 'x' }] })?.bars[0]?.fraction).toBe(0);
  });
});
