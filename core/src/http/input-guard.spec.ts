import { ValidationError } from '@hms/sdk';
import { assertAcceptableInput, inputIssues, MAX_BODY_DEPTH } from './input-guard';

describe('inputIssues', () => {
  it('accepts ordinary input, astral characters (a paired surrogate) included', () => {
    expect(
      inputIssues({ params: { id: 'abc' }, query: { q: 'Müller 𝄞' }, body: { name: 'Ana', items: [{ code: 'A01' }] } }),
    ).toEqual([]);
  });

  it('names each field holding a NUL or an unpaired surrogate, in keys too', () => {
    expect(
      inputIssues({
        params: { patientId: 'a\u0000' },
        query: { q: '\uDC00x' },
        body: { medication: 'x\uD800', dosage: { route: 'ok', ['k\u0000']: 1 } },
      })
        .map((i) => i.path)
        .sort(),
    ).toEqual(['dosage', 'medication', 'params.patientId', 'query.q']);
  });

  it('bounds path parameters, query values and body ids, but not free text', () => {
    const long = 'A'.repeat(1_001);
    expect(
      inputIssues({ params: { id: long }, query: { q: long }, body: { encounterId: long, note: long } })
        .map((i) => i.path)
        .sort(),
    ).toEqual(['encounterId', 'params.id', 'query.q']);
  });

  it('wants a JSON object as the body, and a shallow one', () => {
    expect(inputIssues({ body: [] })).toEqual([{ path: '', message: 'The body must be a JSON object' }]);
    expect(inputIssues({ body: 'text' })).toHaveLength(1);
    let deep: unknown = {};
    for (let i = 0; i < MAX_BODY_DEPTH + 5; i += 1) deep = { deeper: deep };
    expect(inputIssues({ body: deep })).toHaveLength(1);
    expect(inputIssues({ body: null })).toEqual([]);
  });

  it('throws a ValidationError coded INVALID_INPUT', () => {
    expect(() => assertAcceptableInput({ params: { id: '\u0000' } })).toThrow(ValidationError);
  });
});
