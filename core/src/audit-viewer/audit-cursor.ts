import { ValidationError } from '@hms/sdk';

/** Where a page of audit records ended: the last record's time (exact, to the microsecond) and id. */
export interface AuditCursor {
  readonly at: string;
  readonly id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque to the client: base64url of the key, so a page boundary is never read as something to edit. */
export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');
}

/** A cursor this server did not make is bad input (400), never a 500 or a silently different page. */
export function decodeCursor(text: string): AuditCursor {
  const [at, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || at === undefined || id === undefined || !AT.test(at) || !/^\d{1,19}$/.test(id)) {
    throw new ValidationError([{ path: 'after', message: 'Not a cursor this server gave' }]);
  }
  return { at, id };
}
