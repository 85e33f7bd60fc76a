import { parseOrThrow, toJsonSchema, ValidationError } from '@hms/sdk';
import { registration } from '../../test/builders';
import { RegisterPatient, UpdatePatientDemographics } from './commands';
import { COUNTRY_CODES } from './schemas';
import { GetPatient, SearchPatients } from './queries';

const PATIENT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  throw new Error('Expected a ValidationError');
}

describe('RegisterPatient schema', () => {
  it('trims names and canonicalizes country and language', () => {
    const data = parseOrThrow(RegisterPatient.schema, {
      ...registration({ givenName: '  Ada ' }),
      address: { line1: '1 Example Street', city: 'Lisbon', country: 'pt' },
      preferredLanguage: 'pt-br',
    });
    expect(data).toMatchObject({ givenName: 'Ada', address: { country: 'PT' }, preferredLanguage: 'pt-BR' });
  });

  it('rejects unknown fields, empty or long names, impossible dates, unknown genders', () => {
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, { ...registration(), nickname: 'x' }))).toEqual(['']);
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, registration({ familyName: '   ' })))).toEqual([
      'familyName',
    ]);
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, registration({ givenName: 'x'.repeat(101) })))).toEqual([
      'givenName',
    ]);
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, registration({ birthDate: '2023-02-29' })))).toEqual([
      'birthDate',
    ]);
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, { ...registration(), gender: 'f' }))).toEqual([
      'gender',
    ]);
  });

  it('rejects malformed contact details', () => {
    const bad = {
      ...registration(),
      phone: 'call me',
      email: 'not-an-email',
      address: { line1: '1 Example Street', city: 'Lisbon', country: 'XX' },
      preferredLanguage: 'not a tag',
    };
    expect(issuesOf(() => parseOrThrow(RegisterPatient.schema, bad)).sort()).toEqual(
      ['address.country', 'email', 'phone', 'preferredLanguage'].sort(),
    );
  });

  it('publishes a JSON Schema for the OpenAPI document', () => {
    expect(toJsonSchema(RegisterPatient.schema)).toMatchObject({
      required: ['givenName', 'familyName', 'birthDate', 'gender'],
    });
  });
});

describe('UpdatePatientDemographics schema', () => {
  it('takes a partial change, null for optional fields', () => {
    expect(
      parseOrThrow(UpdatePatientDemographics.schema, { patientId: PATIENT_ID, phone: null, familyName: 'X' }),
    ).toEqual({
      patientId: PATIENT_ID,
      phone: null,
      familyName: 'X',
    });
  });

  it('refuses null for required fields, unknown fields and a non-uuid id', () => {
    expect(
      issuesOf(() => parseOrThrow(UpdatePatientDemographics.schema, { patientId: PATIENT_ID, familyName: null })),
    ).toEqual(['familyName']);
    expect(
      issuesOf(() => parseOrThrow(UpdatePatientDemographics.schema, { patientId: PATIENT_ID, mrn: '000000018' })),
    ).toEqual(['']);
    expect(issuesOf(() => parseOrThrow(UpdatePatientDemographics.schema, { patientId: '42' }))).toEqual(['patientId']);
  });
});

describe('queries', () => {
  it('GetPatient needs a uuid', () => {
    expect(issuesOf(() => parseOrThrow(GetPatient.schema, { id: 'abc' }))).toEqual(['id']);
  });

  it('SearchPatients reads paging from query-string text, within bounds', () => {
    expect(parseOrThrow(SearchPatients.schema, { limit: '50', offset: '100' })).toEqual({
      limit: 50,
      offset: 100,
    });
    expect(issuesOf(() => parseOrThrow(SearchPatients.schema, { limit: '101' }))).toEqual(['limit']);
    expect(issuesOf(() => parseOrThrow(SearchPatients.schema, { limit: '0' }))).toEqual(['limit']);
    expect(issuesOf(() => parseOrThrow(SearchPatients.schema, { mrn: '000000019' }))).toEqual(['mrn']);
    expect(issuesOf(() => parseOrThrow(SearchPatients.schema, { birthdate: '1990-04-12' }))).toEqual(['']);
  });
});

describe('COUNTRY_CODES', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    for (const code of ['PT', 'BR', 'GB', 'US', 'DE', 'JP', 'ZA']) expect(COUNTRY_CODES.has(code)).toBe(true);
    for (const code of ['UK', 'EU', 'XX']) expect(COUNTRY_CODES.has(code)).toBe(false);
  });
});
