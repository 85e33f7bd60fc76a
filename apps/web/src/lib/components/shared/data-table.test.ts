import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';

interface Ward {
  readonly id: string;
  readonly name: string;
  readonly beds: number;
}

const wardRow = createRawSnippet((ward: () => Ward) => ({
  render: () => `<tr><th scope="row">${ward().name}</th><td>${ward().beds}</td></tr>`,
}));

const table = (rows: readonly Ward[], empty?: string): string =>
  render(DataTable<Ward>, {
    props: { caption: 'Wards', columns: ['Ward', 'Beds'], rows, key: (w: Ward) => w.id, row: wardRow, empty },
  }).body;

describe('DataTable', () => {
  it('names the table by its caption and gives every column a header', () => {
    const html = table([{ id: 'w1', name: 'Ward 4B', beds: 12 }]);
    expect(html).toMatch(/<table[^>]*>\s*<caption[^>]*>Wards<\/caption>/);
    expect(html.match(/<th scope="col"[^>]*>/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">Ward 4B</th><td>12</td>');
  });

  it('draws one row per item, in order', () => {
    const html = table([
      { id: 'w1', name: 'Ward 4B', beds: 12 },
      { id: 'w2', name: 'Ward 5A', beds: 8 },
    ]);
    expect(html.indexOf('Ward 4B')).toBeLessThan(html.indexOf('Ward 5A'));
    expect(html.match(/<th scope="row">/g)).toHaveLength(2);
  });

  it('says there is nothing instead of drawing an empty table, when told what to say', () => {
    const html = table([], 'No wards.');
    expect(html).toContain('No wards.');
    expect(html).not.toContain('<table');
    expect(table([])).toContain('<table');
  });
});
