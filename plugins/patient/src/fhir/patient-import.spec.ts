import { registrationOf } from './patient-import';

describe('importing a FHIR Patient', () => {
  it('registers the official name, birth date, gender, identifiers (not a foreign MRN), contacts and address', () => {
    const mapped = registrationOf({
      resourceType: 'Patient',
      identifier: [
        { system: 'urn:hms:mrn', value: '123456782' },
        { system: 'urn:oid:1.2.3', value: 'X-1', type: { coding: [{ code: 'PPN' }] } },
        { system: 'urn:oid:9.9', value: 'N-2', type: { coding: [{ code: 'NI' }] } },
      ],
      name: [
        { use: 'maiden', family: 'Old', given: ['Ann'] },
        { use: 'official', family: 'Smith', given: ['Ann', 'Mary'] },
      ],
      gender: 'female',
      birthDate: '1970-01-02',
      telecom: [
        { system: 'phone', value: '+44 20 7946 0000' },
        { system: 'email', value: 'ann@example.org', use: 'work' },
      ],
      address: [{ line: ['1 Road'], city: 'London', country: 'gb' }],
      communication: [{ language: { coding: [{ code: 'en' }] }, preferred: true }],
    });
    expect(mapped).toEqual({
      data: {
        givenName: 'Ann',
        familyName: 'Smith',
        middleName: 'Mary',
        birthDate: '1970-01-02',
        gender: 'female',
        phone: '+44 20 7946 0000',
        address: { line1: '1 Road', city: 'London', country: 'GB' },
        preferredLanguage: 'en',
        identifiers: [
          { kind: 'passport', system: 'urn:oid:1.2.3', value: 'X-1' },
          { kind: 'national-id', system: 'urn:oid:9.9', value: 'N-2' },
        ],
        contacts: [{ kind: 'email', use: 'work', value: 'ann@example.org' }],
      },
      summary: 'A patient registered as Smith, Ann',
      left: ['names besides the official one'],
    });
  });

  it('cannot register a patient without a name or a full birth date, and leaves an address it cannot keep', () => {
    expect(registrationOf({ resourceType: 'Patient', birthDate: '1970-01-02' })).toHaveProperty('notMappable');
    expect(
      registrationOf({ resourceType: 'Patient', name: [{ family: 'A', given: ['B'] }], birthDate: '1970' }),
    ).toEqual({
      notMappable: 'A patient is registered with a full birth date (YYYY-MM-DD)',
    });
    const noCountry = registrationOf({
      resourceType: 'Patient',
      name: [{ family: 'A', given: ['B'] }],
      birthDate: '1970-01-02',
      address: [{ line: ['1 Road'], city: 'Town', country: 'Atlantis' }],
    });
    expect(noCountry).toMatchObject({
      data: { gender: 'unknown' },
      left: ['the address (it needs a line, a city and an ISO 3166 country code)'],
    });
  });
});
