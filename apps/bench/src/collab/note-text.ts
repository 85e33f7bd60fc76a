import * as Y from 'yjs';

/**
 * A note's content the way the EHR stores it (and ProseMirror/TipTap bindings read it): the document's
 * `Y.XmlFragment('body')`, paragraphs as `paragraph` elements holding their text.
 */
export function noteBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment('body');
}

/** Writes the note's first paragraph (the benchmark's notes have exactly one). */
export function writeFirstParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  noteBody(doc).insert(0, [paragraph]);
}

/** The first paragraph's text node, once it has arrived. */
export function firstParagraphText(doc: Y.Doc): Y.XmlText | undefined {
  const paragraph = noteBody(doc).get(0);
  if (!(paragraph instanceof Y.XmlElement)) return undefined;
  const text = paragraph.get(0);
  return text instanceof Y.XmlText ? text : undefined;
}

/** Characters in the first paragraph (0 before it has arrived). */
export function firstParagraphLength(doc: Y.Doc): number {
  return firstParagraphText(doc)?.length ?? 0;
}

/** Types one character at the end of the first paragraph: one Yjs update. */
export function typeOneCharacter(doc: Y.Doc, character: string): void {
  const text = firstParagraphText(doc);
  if (!text) throw new Error('The note has no paragraph to type into');
  text.insert(text.length, character);
}
