import { canonicalJson } from './canonical-json';

describe(canonicalJson.name, () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, e: null })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"e":null}',
    );
  });

  it('gives equal strings for equal values built in different orders', () => {
    expect(canonicalJson({ x: 1, y: 'two' })).toBe(canonicalJson({ y: 'two', x: 1 }));
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson(['a"b', 'line\nbreak', 'é'])).toBe(JSON.stringify(['a"b', 'line\nbreak', 'é']));
  });
});
