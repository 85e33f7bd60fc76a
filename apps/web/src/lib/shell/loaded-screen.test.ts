import { describe, expect, it } from 'vitest';
import { loadedScreenOf } from './loaded-screen';

describe("what a screen's load() answered", () => {
  const mountable = { mount: () => ({ destroy: () => undefined }) };

  it('is a Svelte component when the module exports a component by default (the built-in screens)', () => {
    const component = () => undefined;
    expect(loadedScreenOf({ default: component })).toEqual({ kind: 'svelte', component });
  });

  it("is a vendor's mountable screen, given directly or as the module's default export", () => {
    expect(loadedScreenOf(mountable)).toEqual({ kind: 'mountable', screen: mountable });
    expect(loadedScreenOf({ default: mountable })).toEqual({ kind: 'mountable', screen: mountable });
  });

  it('is refused, saying what a screen must be, when it is neither', () => {
    for (const wrong of [undefined, {}, { default: 'text' }, { mount: 'not a function' }]) {
      expect(() => loadedScreenOf(wrong)).toThrow(
        'A screen must load a Svelte component (default export) or an object with mount(target, props)',
      );
    }
  });
});
