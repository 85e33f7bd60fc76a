import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { withLanguage } from './language';

describe('withLanguage', () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it("asks the server for the client's language", () => {
    setCurrentLocale('pt-BR');
    expect(withLanguage(undefined).get('accept-language')).toBe('pt-BR');
    expect(withLanguage({ 'content-type': 'application/json' }).get('content-type')).toBe('application/json');
  });

  it('keeps a language the caller chose', () => {
    setCurrentLocale('pt-BR');
    expect(withLanguage({ 'Accept-Language': 'en' }).get('accept-language')).toBe('en');
  });
});
