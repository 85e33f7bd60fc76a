import { describe, expect, it } from 'vitest';
import { prosemirrorJSONToYDoc, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import { NOTE_FRAGMENT, noteSchema } from './note-schema';
import { hasWords, noteTextOf } from './note-text';

/** A note as the editor writes it: ProseMirror JSON through y-prosemirror into the `body` fragment. */
function noteFromEditor(paragraphs: object[][]): Y.Doc {
  const json = {
    type: 'doc',
    content: paragraphs.map((content) => ({ type: 'paragraph', ...(content.length ? { content } : {}) })),
  };
  return prosemirrorJSONToYDoc(noteSchema, json, NOTE_FRAGMENT);
}
const text = (value: string, marks: string[] = []) => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});

describe('the note document the editor writes', () => {
  it('keeps each paragraph as a `paragraph` element of the `body` fragment, the shape the server signs', () => {
    const doc = noteFromEditor([[text('Febrile, ')], [text('chest clear.')]]);
    const nodes = doc.getXmlFragment(NOTE_FRAGMENT).toArray();
    expect(nodes.map((n) => (n as Y.XmlElement).nodeName)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads one line per paragraph and drops bold and italic, as the server does', () => {
    const doc = noteFromEditor([
      [text('BP '), text('high', ['strong']), text(' today', ['em'])],
      [],
      [text('Review in 2 days.')],
    ]);
    expect(noteTextOf(doc)).toBe('BP high today\n\nReview in 2 days.');
  });

  it('reads the text back into the editor with its marks', () => {
    const doc = noteFromEditor([[text('Plan: ', ['strong']), text('fluids')]]);
    expect(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(NOTE_FRAGMENT))).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Plan: ', marks: [{ type: 'strong', attrs: {} }] },
            { type: 'text', text: 'fluids' },
          ],
        },
      ],
    });
  });

  it('merges two people writing at once: each text exactly once', () => {
    const a = noteFromEditor([[text('Seen on the ward round.')]]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const paragraph = (doc: Y.Doc, value: string) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(value)]);
      doc.getXmlFragment(NOTE_FRAGMENT).push([p]);
    };
    paragraph(a, 'Nurse: slept well.');
    paragraph(b, 'Dr: stop the drip.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(noteTextOf(a)).toBe(noteTextOf(b));
    expect(noteTextOf(a).split('\n').sort()).toEqual([
      'Dr: stop the drip.',
      'Nurse: slept well.',
      'Seen on the ward round.',
    ]);
  });

  it('counts a note of blank paragraphs as empty (the server refuses to sign it)', () => {
    expect(hasWords(noteFromEditor([[], [text('  ')]]))).toBe(false);
    expect(hasWords(noteFromEditor([[text('ok')]]))).toBe(true);
    expect(hasWords(new Y.Doc())).toBe(false);
  });
});
