import { sseComment, sseEvent } from './sse';

describe(sseEvent.name, () => {
  it('writes one event: its name, its data as one line of JSON, and the blank line that ends it', () => {
    expect(sseEvent('change', { plugin: 'patient', note: 'two\nlines' })).toBe(
      'event: change\ndata: {"plugin":"patient","note":"two\\nlines"}\n\n',
    );
  });

  it('refuses an event name that would break the stream', () => {
    expect(() => sseEvent('change\ndata: forged', {})).toThrow('one line');
  });
});

describe(sseComment.name, () => {
  it('writes a comment line that cannot start a field', () => {
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
    expect(sseComment('a\r\nevent: x')).toBe(': a event: x\n\n');
  });
});
