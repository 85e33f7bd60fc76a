/**
 * The members of an object type as the report prints it (`type ShellContext { a: A; b?: B }`), split at its
 * top-level `; `: what lets the checker tell a type that only gained optional members (a minor change: code that
 * builds the object and code that reads it both still compile) from one whose members changed.
 */
export function typeMembers(line: string): { head: string; members: string[] } | undefined {
  const match = /^(.*\ttype \S+ )\{ (.*) \}$/.exec(line);
  if (!match) return undefined;
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  const body = match[2]!;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '(' || c === '[' || c === '{' || (c === '<' && body[i - 1] !== '=')) depth++;
    else if (c === ')' || c === ']' || c === '}' || (c === '>' && body[i - 1] !== '=')) depth--;
    else if (c === ';' && depth === 0 && body[i + 1] === ' ') {
      members.push(body.slice(start, i));
      start = i + 2;
    }
  }
  members.push(body.slice(start));
  return { head: match[1]!, members };
}

/** Whether `after` is `before` with optional members added and nothing else changed. */
export function onlyGainedOptionalMembers(before: string, after: string): boolean {
  const was = typeMembers(before);
  const now = typeMembers(after);
  if (!was || !now || was.head !== now.head) return false;
  const kept = new Set(was.members);
  const remaining = now.members.filter((m) => !kept.has(m));
  return (
    now.members.length - remaining.length === was.members.length &&
    remaining.every((m) => /^[A-Za-z_$][\w$]*\?: /.test(m))
  );
}
