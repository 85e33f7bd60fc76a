import { decodeCursor, encodeCursor } from './audit-cursor';

describe('audit page cursors', () => {
  it('round-trip the exact time and id', () => {
    const cursor = { at: '2026-03-01T09:00:00.123456Z', id: '9007199254740993' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'abc', Buffer.from('2026-03-01|1').toString('base64url'), Buffer.from('x|1|2').toString('base64url')])(
    'refuses %j as bad input',
    (text) => expect(() => decodeCursor(text)).toThrow(expect.objectContaining({ status: 400 })),
  );
});
