import { negotiateLocale, requestLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['pt-BR,pt;q=0.9,en;q=0.8', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-PT,en;q=0.9', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr, pt;q=0.5', 'pt-BR'],
    ['en;q=0.2, pt-BR;q=0.8', 'pt-BR'],
    ['*', 'en'],
    ['pt-BR;q=0', 'en'],
    ['not a header;;;', 'en'],
  ])('answers %p in %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('reads the header of a route request, repeated headers included', () => {
    expect(requestLocale({ headers: { 'accept-language': 'pt-BR' } })).toBe('pt-BR');
    expect(requestLocale({ headers: { 'accept-language': ['fr', 'pt;q=0.5'] } })).toBe('pt-BR');
    expect(requestLocale({ headers: {} })).toBe('en');
  });
});
