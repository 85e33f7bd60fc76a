import { accessHistoryCsv } from './access-history-csv';
import type { AuditRecordView } from './audit-records';

const record = (overrides: Partial<AuditRecordView>): AuditRecordView => ({
  id: '1',
  at: '2026-07-01T23:30:00.000000Z',
  actorId: '0b7c2f1e-0000-4000-8000-000000000001',
  actorName: 'Dr Ana Lima',
  action: 'ehr.GetChart',
  outcome: 'success',
  patientIds: ['6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'],
  emergency: false,
  source: '10.0.0.7',
  correlationId: 'req-1',
  details: {},
  ...overrides,
});

describe(accessHistoryCsv.name, () => {
  it('writes when, who, what and the outcome, times on the hospital clock, without roles or ids', () => {
    const csv = accessHistoryCsv(
      [
        record({}),
        record({ actorName: '=cmd()', action: 'patient.GetPatient', emergency: true, outcome: 'denied' }),
        record({ actorId: null, actorName: null, outcome: 'unauthenticated' }),
        record({ actorId: 'system', actorName: null, action: 'x.Job' }),
      ],
      'Europe/Lisbon',
      (action) => (action === 'ehr.GetChart' ? "Read the patient's chart" : action),
    );
    expect(csv.split('\r\n')).toEqual([
      'When (Europe/Lisbon),Who,What,Action,Outcome,Emergency access',
      "2026-07-02 00:30:00,Dr Ana Lima,Read the patient's chart,ehr.GetChart,success,",
      "2026-07-02 00:30:00,'=cmd(),patient.GetPatient,patient.GetPatient,denied,yes",
      "2026-07-02 00:30:00,Not signed in,Read the patient's chart,ehr.GetChart,unauthenticated,",
      '2026-07-02 00:30:00,The system,x.Job,x.Job,success,',
      '',
    ]);
    expect(csv).not.toContain('0b7c2f1e');
    expect(csv).not.toContain('10.0.0.7');
  });
});
