import { describe, expect, it } from 'vitest';
import { barChartOption, barChartsOf } from './chart';
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

describe('barChartsOf', () => {
  const columns = [
    { key: 'room', label: 'Room' },
    { key: 'minutes', label: 'Minutes' },
    { key: 'note', label: 'Note' },
    { key: 'share', label: 'Share (%)' },
  ];

  it('charts each numeric column on its own chart, labelled by the first text column', () => {
    const charts = barChartsOf({
      columns,
      rows: [
        { room: 'A', minutes: 30, note: 'x', share: 33.3 },
        { room: 'B', minutes: 60, note: null, share: 66.7 },
      ],
    });
    expect(charts.map((c) => [c.labelColumn.key, c.valueColumn.key])).toEqual([
      ['room', 'minutes'],
      ['room', 'share'],
    ]);
    expect(charts[0]!.bars).toEqual([
      { label: 'A', value: 30 },
      { label: 'B', value: 60 },
    ]);
  });

  it('has no chart without rows, without a number to show or without a label', () => {
    expect(barChartsOf({ columns, rows: [] })).toEqual([]);
    expect(barChartsOf({ columns: [columns[0]!], rows: [{ room: 'A' }] })).toEqual([]);
    expect(barChartsOf({ columns: [columns[1]!], rows: [{ minutes: 3 }] })).toEqual([]);
  });

  it('draws horizontal bars with the measure named on the value axis', () => {
    const [chart] = barChartsOf({ columns, rows: [{ room: 'A', minutes: 30, note: 'x', share: 1 }] });
    const option = barChartOption(chart!) as {
      xAxis: { type: string; name: string };
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Minutes' });
    expect(option.yAxis.data).toEqual(['A']);
    expect(option.series[0]!.data).toEqual([30]);
  });
});
