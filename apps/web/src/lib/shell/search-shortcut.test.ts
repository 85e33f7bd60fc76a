import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-shortcut';

const key = (
  key: string,
  target: unknown = { tagName: 'BODY' },
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the patient search shortcut', () => {
  it('answers "/" on the page and Ctrl+K or ⌘K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { tagName: 'INPUT', type: 'text' }, { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { tagName: 'TEXTAREA' }, { metaKey: true }))).toBe(true);
  });

  it('leaves "/" to fields that take text, and to a note being written', () => {
    expect(isSearchShortcut(key('/', { tagName: 'INPUT', type: 'text' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'input' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'TEXTAREA' }))).toBe(false);
    expect(isSearchShortcut(key('/', { tagName: 'DIV', isContentEditable: true }))).toBe(false);
  });

  it('takes "/" on a button or a checkbox, which type nothing', () => {
    expect(isSearchShortcut(key('/', { tagName: 'BUTTON' }))).toBe(true);
    expect(isSearchShortcut(key('/', { tagName: 'INPUT', type: 'checkbox' }))).toBe(true);
  });

  it('ignores other keys and Alt combinations', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/', undefined, { altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', undefined, { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', null, { ctrlKey: true }))).toBe(false);
  });
});
