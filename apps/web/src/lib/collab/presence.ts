/** Who is in a note, as Yjs awareness carries it: `user: { id, name, color }` per open editor. */
export interface NoteUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** One person in the note (several tabs or computers of one user count once). */
export interface Editor extends NoteUser {
  readonly self: boolean;
}

/**
 * Colours for cursors: dark enough for white name labels (WCAG AA on the label), distinct from each other. A user
 * keeps the same colour on every computer, so colleagues learn who is who.
 */
export const CURSOR_COLOURS = [
  '#0b5cad',
  '#a4001d',
  '#1d6b2f',
  '#6a1b9a',
  '#8a4b00',
  '#00626b',
  '#5c6b00',
  '#37474f',
] as const;

export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CURSOR_COLOURS[hash % CURSOR_COLOURS.length]!;
}

/**
 * Cursor colours for the people in a note, so that two people present never share one while the palette lasts:
 * in order of user id, each gets their own colour, or the next one still free. Every client computes the same
 * answer from the same people, so each can set its own colour without asking the others.
 */
export function assignColours(userIds: Iterable<string>): Map<string, string> {
  const assigned = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of [...new Set(userIds)].sort()) {
    const start = CURSOR_COLOURS.indexOf(colourFor(id) as (typeof CURSOR_COLOURS)[number]);
    let colour = colourFor(id);
    for (let step = 0; step < CURSOR_COLOURS.length; step++) {
      const candidate = CURSOR_COLOURS[(start + step) % CURSOR_COLOURS.length]!;
      if (!taken.has(candidate)) {
        colour = candidate;
        break;
      }
    }
    taken.add(colour);
    assigned.set(id, colour);
  }
  return assigned;
}

/** The user ids in the awareness states (client id → state). */
export function userIdsIn(states: ReadonlyMap<number, Record<string, unknown>>): string[] {
  return [...states.values()]
    .map((state) => state.user)
    .filter(isUser)
    .map((user) => user.id);
}

function isUser(value: unknown): value is NoteUser {
  const user = value as Partial<NoteUser> | null;
  return typeof user?.name === 'string' && typeof user.color === 'string' && typeof user.id === 'string';
}

/**
 * The people in the note from the awareness states (client id → state): this user first, then the others by name.
 * States without a well-formed `user` (another kind of client) are left out.
 */
export function editorsIn(states: ReadonlyMap<number, Record<string, unknown>>, selfClientId: number): Editor[] {
  const byUser = new Map<string, Editor>();
  let selfId: string | undefined;
  for (const [clientId, state] of states) {
    const user = state.user;
    if (!isUser(user)) continue;
    if (clientId === selfClientId) selfId = user.id;
    if (!byUser.has(user.id)) byUser.set(user.id, { id: user.id, name: user.name, color: user.color, self: false });
  }
  return [...byUser.values()]
    .map((editor) => ({ ...editor, self: editor.id === selfId }))
    .sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
