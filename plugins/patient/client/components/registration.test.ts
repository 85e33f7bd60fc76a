import { describe, expect, it } from 'vitest';
import { messages as msg } from '../messages.en';
import { draftFromBody, emptyDraft, fieldErrorsFromProblem, isIsoDate, validateRegistration } from './registration';

const TODAY = '2026-06-15';
const valid = () => ({
  ...emptyDraft(),
  givenName: ' Ana ',
  familyName: 'Test',
  birthDate: '1980-02-29',
  gender: 'female',
});

describe('validateRegistration', () => {
  it('answers the body the API takes, trimmed and without empty optional fields', () => {
    expect(validateRegistration(valid(), TODAY)).toEqual({
      body: { givenName: 'Ana', familyName: 'Test', birthDate: '1980-02-29', gender: 'female' },
    });
  });

  it('names every missing required field', () => {
    const result = validateRegistration(emptyDraft(), TODAY);
    expect(result.errors).toEqual({
      givenName: msg.validation.required,
      familyName: msg.validation.required,
      birthDate: msg.validation.required,
      gender: msg.validation.gender,
    });
  });

  it.each([
    ['2023-02-29', msg.validation.date],
    ['15/06/1980', msg.validation.date],
    ['2026-06-16', msg.validation.futureDate],
  ])('refuses the birth date %s', (birthDate, message) => {
    expect(validateRegistration({ ...valid(), birthDate }, TODAY).errors).toEqual({ birthDate: message });
  });

  it('checks the optional fields with the API rules', () => {
    const result = validateRegistration(
      { ...valid(), phone: 'call me', email: 'nope', preferredLanguage: 'not a tag!', middleName: 'x'.repeat(101) },
      TODAY,
    );
    expect(result.errors).toEqual({
      phone: msg.validation.phone,
      email: msg.validation.email,
      preferredLanguage: msg.validation.language,
      middleName: msg.validation.tooLong(100),
    });
  });

  it('asks for a complete address once any of it is given, and upper-cases the country', () => {
    expect(validateRegistration({ ...valid(), city: 'Porto' }, TODAY).errors).toEqual({
      line1: msg.validation.addressIncomplete,
      country: msg.validation.country,
    });
    const result = validateRegistration(
      { ...valid(), line1: 'Rua A 1', city: 'Porto', country: 'pt', phone: '+351 22 000 0000' },
      TODAY,
    );
    expect(result.body).toMatchObject({
      address: { line1: 'Rua A 1', city: 'Porto', country: 'PT' },
      phone: '+351 22 000 0000',
    });
  });

  it('turns a queued body back into the form', () => {
    const { body } = validateRegistration({ ...valid(), line1: 'Rua A 1', city: 'Porto', country: 'PT' }, TODAY);
    expect(validateRegistration(draftFromBody(body!), TODAY).body).toEqual(body);
  });
});

describe('fieldErrorsFromProblem', () => {
  it('puts the server’s 400 errors on the form’s fields, address members included', () => {
    const errors = fieldErrorsFromProblem({
      status: 400,
      errors: [
        { path: 'birthDate', message: 'Invalid ISO date' },
        { path: 'address.country', message: 'Expected an ISO 3166-1 alpha-2 country code, e.g. "PT"' },
        { path: 'somethingElse', message: 'ignored' },
      ],
    });
    expect(errors).toEqual({
      birthDate: 'Invalid ISO date',
      country: 'Expected an ISO 3166-1 alpha-2 country code, e.g. "PT"',
    });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});
