/**
 * A plugin's messages for the web client, in one language: nested groups of strings and of functions that build a
 * string from values (plurals, names). Keys are dotted paths into it: `'menu.wards'`.
 */
export interface ClientMessages {
  readonly [key: string]: string | ((...values: never[]) => string) | ClientMessages;
}

/**
 * Every dotted path of `M` that ends at a message (a string or a message function), e.g. `'menu.wards'`; any
 * string for messages not known at compile time (the shell's view of every plugin's, a vendor's plain object).
 */
export type MessageKey<M> = string extends keyof M
  ? string
  : {
      [K in keyof M & string]: M[K] extends string | ((...values: never[]) => string)
        ? K
        : M[K] extends object
          ? `${K}.${MessageKey<M[K]>}`
          : never;
    }[keyof M & string];

/**
 * The text of `key` in `messages`, built with `values` when the message is a function; the key itself when the
 * plugin has no such message, so a missing translation shows where it is missing instead of failing the screen.
 * @example
 * translate({ menu: { wards: 'Wards' }, beds: (n: number) => `${n} beds` }, 'beds', 3); // '3 beds'
 */
export function translate(messages: ClientMessages, key: string, ...values: readonly unknown[]): string {
  let found: ClientMessages[string] | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof found !== 'object' || found === null) return key;
    found = (found as ClientMessages)[part];
  }
  if (typeof found === 'string') return found;
  if (typeof found === 'function') return (found as (...v: readonly unknown[]) => string)(...values);
  return key;
}
