import * as Y from 'yjs';
import { firstParagraphLength, noteBody, typeOneCharacter, writeFirstParagraph } from './note-text';

describe('benchmark note text', () => {
  it('writes the EHR shape (paragraph elements in the body fragment) and types one update per character', () => {
    const editor = new Y.Doc();
    const reader = new Y.Doc();
    const updates: Uint8Array[] = [];
    editor.on('update', (update: Uint8Array) => updates.push(update));

    writeFirstParagraph(editor, 'Fictional. ');
    typeOneCharacter(editor, 'a');
    typeOneCharacter(editor, 'b');
    for (const update of updates) Y.applyUpdate(reader, update);

    expect(updates).toHaveLength(3);
    expect(noteBody(reader).toString()).toBe('<paragraph>Fictional. ab</paragraph>');
    expect(firstParagraphLength(reader)).toBe(13);
  });

  it('refuses to type into a note without a paragraph, and counts its length as 0', () => {
    const empty = new Y.Doc();
    expect(firstParagraphLength(empty)).toBe(0);
    expect(() => typeOneCharacter(empty, 'a')).toThrow('no paragraph');
  });
});
