import { canonicalJson } from './canonical-json';
import { AUDIT_STRING_LIMIT, auditJson, auditText, auditTextOrNull } from './audit-values';

/** What node-postgres does to a JS string on its way into a `text` column: UTF-8, lone surrogates become U+FFFD. */
const throughUtf8 = (value: string): string => Buffer.from(value, 'utf8').toString('utf8');

describe(auditText.name, () => {
  it.each([
    ['a lone high surrogate', 'x\ud800', 'x\ufffd'],
    ['a lone low surrogate', '\udc00y', '\ufffdy'],
    ['a reversed pair', '\udc00\ud800', '\ufffd\ufffd'],
    ['a NUL', 'a\u0000b', 'a\ufffdb'],
  ])('replaces %s, so the stored text is the hashed text', (_, input, expected) => {
    expect(auditText(input)).toBe(expected);
    expect(throughUtf8(auditText(input))).toBe(auditText(input));
  });

  it('keeps well-formed text, surrogate pairs included', () => {
    expect(auditText('Zoë 🩺 née Ødegård')).toBe('Zoë 🩺 née Ødegård');
  });

  it('cuts a long string, saying how long it was, and never between the halves of a pair', () => {
    const cut = auditText('a'.repeat(1_000_000));
    expect(cut).toBe(`${'a'.repeat(AUDIT_STRING_LIMIT)}…[1000000 chars]`);
    const emoji = auditText(`${'a'.repeat(AUDIT_STRING_LIMIT - 1)}🩺🩺`);
    expect(throughUtf8(emoji)).toBe(emoji);
    expect(emoji.startsWith(`${'a'.repeat(AUDIT_STRING_LIMIT - 1)}…`)).toBe(true);
  });

  it('leaves null and undefined as null', () => {
    expect(auditTextOrNull(null)).toBeNull();
    expect(auditTextOrNull(undefined)).toBeNull();
    expect(auditTextOrNull('\ud800')).toBe('\ufffd');
  });
});

describe(auditJson.name, () => {
  it('normalises strings and keys at every depth', () => {
    expect(auditJson({ 'k\ud800': ['v\u0000', { deep: 'x\udfff' }] })).toEqual({
      'k\ufffd': ['v\ufffd', { deep: 'x\ufffd' }],
    });
  });

  it('gives what a JSON round trip gives for dates, undefined and non-finite numbers', () => {
    const value = { at: new Date('2026-01-01T00:00:00.000Z'), gone: undefined, inf: Infinity, list: [undefined, 1] };
    expect(auditJson(value)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('serialises to the same canonical string before and after a JSON round trip', () => {
    const normalised = auditJson({ patientId: 'x\ud800', n: 1e21, text: 'line\nbreak' });
    expect(canonicalJson(JSON.parse(throughUtf8(JSON.stringify(normalised))))).toBe(canonicalJson(normalised));
  });

  it('bounds the depth of nested details', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 20; i++) nested = { nested };
    expect(JSON.stringify(auditJson(nested)).length).toBeLessThan(200);
  });
});
