import { Schema, type MarkSpec, type NodeSpec } from 'prosemirror-model';

/**
 * The shape of a clinical note: paragraphs of text with bold and italic. The node names are what y-prosemirror
 * writes into the Yjs document (`paragraph` elements in the `body` fragment), which is what the server reads when
 * it lists and signs a note — so they must not change.
 */
const nodes: Record<string, NodeSpec> = {
  doc: { content: 'paragraph+' },
  paragraph: { content: 'text*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
  text: { group: 'inline' },
};

const marks: Record<string, MarkSpec> = {
  strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
  em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
};

export const noteSchema = new Schema({ nodes, marks });

/** The name of the note's text in its Yjs document (the server's `noteText` reads the same fragment). */
export const NOTE_FRAGMENT = 'body';
