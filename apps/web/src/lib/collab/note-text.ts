import * as Y from 'yjs';
import { NOTE_FRAGMENT } from './note-schema';

/**
 * The plain text of a note document as the server reads it when it lists or signs the note: one line per
 * `paragraph` element of the `body` fragment, marks dropped. The client uses it to show a signed note and to tell
 * whether a note has anything in it.
 */
export function noteTextOf(doc: Y.Doc): string {
  return doc
    .getXmlFragment(NOTE_FRAGMENT)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph')
    .map(textOf)
    .join('\n');
}

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  return node
    .toArray()
    .map((child) => textOf(child as Y.XmlElement | Y.XmlText))
    .join('');
}

/** Whether the note has any words (an empty note cannot be signed: the server refuses it). */
export function hasWords(doc: Y.Doc): boolean {
  return noteTextOf(doc).trim() !== '';
}
