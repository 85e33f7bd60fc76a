import { describe, expect, it } from 'vitest';
import { assignColours, colourFor, CURSOR_COLOURS, editorsIn, userIdsIn } from './presence';

const user = (id: string, name: string) => ({ user: { id, name, color: colourFor(id) } });

describe('who is in the note', () => {
  it('lists this user first, then the others by name, each person once', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user('u-zoe', 'Zoe Nurse')],
      [2, user('u-me', 'Dr Me')],
      [3, user('u-ann', 'Ann Physio')],
      [4, user('u-zoe', 'Zoe Nurse')], // a second tab
      [5, { cursor: null }], // a client that never said who it is
    ]);
    expect(editorsIn(states, 2).map((e) => [e.name, e.self])).toEqual([
      ['Dr Me', true],
      ['Ann Physio', false],
      ['Zoe Nurse', false],
    ]);
  });

  it('gives a user the same cursor colour everywhere, from the fixed palette', () => {
    expect(colourFor('4f1c2e1a-0000-4000-8000-000000000001')).toBe(colourFor('4f1c2e1a-0000-4000-8000-000000000001'));
    const colours = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(colourFor));
    for (const colour of colours) expect(CURSOR_COLOURS).toContain(colour);
    expect(colours.size).toBeGreaterThan(1);
  });
});

describe(assignColours.name, () => {
  it('gives everyone present their own colour, the same on every computer', () => {
    const ids = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'];
    const here = assignColours(ids);
    expect(new Set(here.values()).size).toBe(ids.length);
    expect(assignColours([...ids].reverse())).toEqual(here);
  });

  it("keeps a user's own colour when it is free", () => {
    expect(assignColours(['only-one']).get('only-one')).toBe(colourFor('only-one'));
  });

  it('reads the users of the awareness states, leaving out clients that never said who they are', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user('a', 'A')],
      [2, {}],
      [3, user('b', 'B')],
    ]);
    expect(userIdsIn(states)).toEqual(['a', 'b']);
  });
});
