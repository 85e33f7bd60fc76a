import { AUDIT_GENESIS_HASH, auditPayload, chainHash, utcDay, type AuditPayloadFields } from './audit-entry';

const fields: AuditPayloadFields = {
  shard: 3,
  day: '2026-03-02',
  at: new Date('2026-03-02T10:11:12.345Z'),
  actorId: 'a1',
  action: 'patient.GetPatient',
  patientIds: ['p1'],
  outcome: 'success',
  source: '10.0.0.1',
  correlationId: 'c1',
  details: { b: 1, a: 2 },
};

describe(auditPayload.name, () => {
  it('covers every field, with the instant to the millisecond and details in canonical order', () => {
    expect(auditPayload(fields)).toBe(
      '["hms.audit.v1",3,"2026-03-02","2026-03-02T10:11:12.345Z","a1","patient.GetPatient",["p1"],"success","10.0.0.1","c1",{"a":2,"b":1}]',
    );
  });

  it('tells null from an empty string, so a field cannot be blanked unnoticed', () => {
    expect(auditPayload({ ...fields, actorId: null })).not.toBe(auditPayload({ ...fields, actorId: '' }));
  });

  it('cannot be shifted from one field into the next', () => {
    expect(auditPayload({ ...fields, action: 'a', source: 'b,c' })).not.toBe(
      auditPayload({ ...fields, action: 'a,b', source: 'c' }),
    );
  });
});

describe(chainHash.name, () => {
  it('is the hex SHA-256 of the previous hash, a newline and the payload', () => {
    expect(AUDIT_GENESIS_HASH).toBe('0'.repeat(64));
    expect(chainHash(AUDIT_GENESIS_HASH, 'x')).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(AUDIT_GENESIS_HASH, 'x')).not.toBe(chainHash(AUDIT_GENESIS_HASH, 'y'));
  });
});

describe(utcDay.name, () => {
  it('is the UTC date, whatever the local time zone', () => {
    expect(utcDay(new Date('2026-03-02T23:59:59.999-05:00'))).toBe('2026-03-03');
  });
});
