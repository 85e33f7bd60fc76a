/** The values of a screen path's `:name` segments, e.g. `{ id: '…' }` for `/wards/:id`. */
export type ScreenParams = Readonly<Record<string, string>>;

/**
 * Matches a pathname against a screen's path pattern: literal segments, `:name` for one segment. Answers the
 * decoded parameters, or null when the pathname is not this screen's. A trailing slash is ignored.
 * @example
 * matchScreenPath('/wards/:id', '/wards/7c1…'); // { id: '7c1…' }
 * matchScreenPath('/wards/:id', '/wards');      // null
 */
export function matchScreenPath(pattern: string, pathname: string): ScreenParams | null {
  const wanted = segments(pattern);
  const given = segments(pathname);
  if (wanted.length !== given.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = given[index] ?? '';
    if (part.startsWith(':')) {
      const decoded = safeDecode(value);
      if (decoded === null || decoded === '') return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/**
 * Which of two matching patterns wins: the one with more literal segments (`/patients/new` before
 * `/patients/:id`). Use as a sort comparator, most specific first.
 */
export function bySpecificity(a: string, b: string): number {
  const literals = (pattern: string): number => segments(pattern).filter((s) => !s.startsWith(':')).length;
  return literals(b) - literals(a);
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
