/** The parts of a keydown the shortcut looks at (a KeyboardEvent has them; tests pass plain objects). */
export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: unknown;
}

/** Whether the element takes typed text, where "/" must stay a character (a field, a note being written). */
function takesText(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: string; isContentEditable?: boolean; type?: string };
  if (element.isContentEditable) return true;
  const tag = element.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type ?? 'text');
}

/**
 * Whether a keydown asks for the header's patient search: Ctrl+K (⌘K on a Mac) anywhere, or "/" outside a text
 * field, as in most web applications.
 */
export function isSearchShortcut(event: ShortcutKey): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !takesText(event.target);
}
