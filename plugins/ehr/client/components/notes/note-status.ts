import type { NoteView } from '$lib/api/note-types';
import type { ConnectionState } from '$lib/collab/connection-state';

export type NoteStatus = NoteView['status'];

/** What the clinician may do with a note now, from its status, their permissions and the connection. */
export interface NoteAbilities {
  /** Typing goes into the note (live, or kept on this computer to merge later). */
  readonly write: boolean;
  readonly sign: boolean;
  readonly amend: boolean;
}

export interface NoteSituation {
  /** `undefined` when the status is not known (a note never listed on this computer, opened offline). */
  readonly status: NoteStatus | undefined;
  /** Still only in this computer's outbox. */
  readonly local: boolean;
  readonly connection: ConnectionState;
  readonly mayWrite: boolean;
  readonly maySign: boolean;
}

/**
 * A signed note is read only; the others are written whether online or not (the merge happens later). Signing and
 * amending ask the server, so they need a live connection, and signing a draft needs the physician's permission.
 */
export function abilities({ status, local, connection, mayWrite, maySign }: NoteSituation): NoteAbilities {
  const refused = connection.phase === 'refused';
  const write = mayWrite && !refused && status !== 'signed' && !connection.changeRefused;
  const serverReachable = !local && connection.phase === 'live';
  return {
    write,
    sign: maySign && serverReachable && (status === 'draft' || status === 'amending'),
    amend: mayWrite && serverReachable && status === 'signed',
  };
}

/** The hash shown to people: grouped in fours so it can be read aloud and compared with a printout. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ');
}
