import { Y, type YXmlElement, type YXmlText } from './yjs';

/**
 * The plain text of a note document: the `Y.XmlFragment` named `body`, one line per `paragraph` element (the shape
 * ProseMirror/TipTap bindings write). Marks (bold, links) are dropped: the signed record is the words.
 */
export function noteText(update: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    if (update.length > 0) Y.applyUpdate(doc, update);
    return doc
      .getXmlFragment('body')
      .toArray()
      .filter((node): node is YXmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph')
      .map(textOf)
      .join('\n');
  } finally {
    doc.destroy();
  }
}

function textOf(node: YXmlElement | YXmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement)
    return node
      .toArray()
      .map((child) => textOf(child as YXmlElement | YXmlText))
      .join('');
  return '';
}
