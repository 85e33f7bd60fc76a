import { inPatientCompartment, parseSmartScopes, smartScopesAllow } from './smart-scopes';

describe(parseSmartScopes.name, () => {
  it('reads patient/ and user/ resource scopes and names the words it cannot read', () => {
    expect(parseSmartScopes(' patient/*.read  user/Observation.write launch user/*.delete ')).toEqual({
      scopes: [
        { context: 'patient', type: '*', access: 'read' },
        { context: 'user', type: 'Observation', access: 'write' },
      ],
      invalid: ['launch', 'user/*.delete'],
    });
  });
});

describe(smartScopesAllow.name, () => {
  it('allows only the named type and access', () => {
    expect(smartScopesAllow(['user/Observation.read'], 'Observation', 'read', true)).toBe(true);
    expect(smartScopesAllow(['user/Observation.read'], 'Condition', 'read', true)).toBe(false);
    expect(smartScopesAllow(['user/Observation.read'], 'Observation', 'write', true)).toBe(false);
    expect(smartScopesAllow(['user/Observation.*'], 'Observation', 'write', true)).toBe(true);
  });

  it('keeps patient/ scopes to the Patient compartment', () => {
    expect(smartScopesAllow(['patient/*.read'], 'Condition', 'read', true)).toBe(true);
    expect(smartScopesAllow(['patient/*.read'], 'Organization', 'read', false)).toBe(false);
    expect(smartScopesAllow(['user/*.read'], 'Organization', 'read', false)).toBe(true);
  });

  it('leaves a session without scopes as it is, and an empty list allows nothing', () => {
    expect(smartScopesAllow(undefined, 'Condition', 'write', true)).toBe(true);
    expect(smartScopesAllow([], 'Condition', 'read', true)).toBe(false);
  });
});

describe(inPatientCompartment.name, () => {
  it('counts the Patient and types searched by a patient reference', () => {
    const withParameters = (type: string, parameters: { name: string; type: string }[]) => ({
      type,
      search: { parameters },
    });
    expect(inPatientCompartment(withParameters('Patient', []))).toBe(true);
    expect(inPatientCompartment(withParameters('Observation', [{ name: 'patient', type: 'reference' }]))).toBe(true);
    expect(inPatientCompartment(withParameters('Location', [{ name: 'name', type: 'string' }]))).toBe(false);
  });
});
