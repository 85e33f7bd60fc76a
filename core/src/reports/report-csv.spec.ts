import { reportCsv } from './report-csv';

describe(reportCsv.name, () => {
  it('writes RFC 4180: header of labels, CRLF records, quoting only what needs it, quotes doubled', () => {
    const csv = reportCsv({
      columns: [
        { key: 'name', label: 'Name, full' },
        { key: 'n', label: 'N' },
        { key: 'ok', label: 'OK' },
        { key: 'note', label: 'Note' },
      ],
      rows: [
        { name: 'Ward "A"', n: 3, ok: true, note: 'line one\nline two' },
        { name: 'Plain', n: -1.5, ok: false, note: null },
        { name: 'Crlf\r\nhere', n: 0, ok: null, note: 'comma, inside' },
      ],
    });
    expect(csv).toBe(
      '"Name, full",N,OK,Note\r\n' +
        '"Ward ""A""",3,true,"line one\nline two"\r\n' +
        'Plain,-1.5,false,\r\n' +
        '"Crlf\r\nhere",0,,"comma, inside"\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, leaving numbers alone', () => {
    const csv = reportCsv({
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [
        { a: '=SUM(A1:A9)', b: -3 },
        { a: '@cmd', b: '+1' },
      ],
    });
    expect(csv).toBe("A,B\r\n'=SUM(A1:A9),-3\r\n'@cmd,'+1\r\n");
  });

  it('writes only the header when there are no rows', () => {
    expect(reportCsv({ columns: [{ key: 'a', label: 'A' }], rows: [] })).toBe('A\r\n');
  });
});
