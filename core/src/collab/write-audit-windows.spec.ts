import { WriteAuditWindows } from './write-audit-windows';

const writer = (correlationId: string) => ({ actorId: 'u1', patientId: 'p1', source: null, correlationId });
const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 9, 0, 0) + ms);

describe(WriteAuditWindows.name, () => {
  it("asks for a record on a connection's first write, then not until its window has passed", () => {
    const windows = new WriteAuditWindows(60_000);
    const alice = writer('alice-connection');
    expect(windows.due([alice], at(0))).toEqual([alice]);
    windows.recorded([alice], at(0));
    expect(windows.coverageEnd(at(0))).toEqual(at(60_000));
    expect(windows.due([alice], at(59_999))).toEqual([]);
    expect(windows.due([alice], at(60_000))).toEqual([alice]);
  });

  it('keeps each connection on its own window and starts again after a connection closes', () => {
    const windows = new WriteAuditWindows(60_000);
    const [alice, bob] = [writer('alice-connection'), writer('bob-connection')];
    windows.recorded([alice], at(0));
    expect(windows.due([alice, bob], at(10))).toEqual([bob]);
    windows.forget(alice);
    expect(windows.due([alice], at(20))).toEqual([alice]);
  });

  it('audits every write with a window of 0 ms', () => {
    const windows = new WriteAuditWindows(0);
    const alice = writer('alice-connection');
    windows.recorded([alice], at(0));
    expect(windows.due([alice], at(0))).toEqual([alice]);
  });
});
