/**
 * The bed labels typed into one box ("1, 2, 3, Side room 1"): trimmed, empty ones dropped, each once (ignoring
 * case, as the ward compares them), in the order typed.
 */
export function parseBedLabels(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => {
      const key = label.toLowerCase();
      if (label === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
