import { AuthenticatedActor } from './authenticated-actor';

describe(AuthenticatedActor.name, () => {
  it('has exactly the permissions of its roles', () => {
    const actor = new AuthenticatedActor('a1', 'nurse1', 'Nurse One', new Set(['patient:record:read']));
    expect(actor.has('patient:record:read')).toBe(true);
    expect(actor.has('patient:record:write')).toBe(false);
  });

  it("treats '*' as every permission", () => {
    const admin = new AuthenticatedActor('a2', 'admin', 'Administrator', new Set(['*']));
    expect(admin.has('billing:invoice:void')).toBe(true);
  });
});
