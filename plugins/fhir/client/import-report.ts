import { messages } from './messages';

/** One line of an import's report, in words. */
export interface ReportLine {
  readonly entry: string;
  readonly outcome: string;
  readonly words: string;
  readonly detail: string;
  readonly tone: 'fine' | 'warning' | 'error';
}

interface Issue {
  severity?: string;
  details?: { coding?: { system?: string; code?: string }[]; text?: string };
  expression?: string[];
}

const OUTCOME_SYSTEM = 'urn:hms:import-outcome';

/**
 * An import's report (the server's OperationOutcome) in words: its summary sentence, then one line per entry with
 * what became of it ("Imported", "Matched to a record already here", "Refused") and the server's words about it.
 */
export function reportInWords(outcome: unknown): { summary: string; lines: ReportLine[] } {
  const issues = ((outcome as { issue?: Issue[] } | null)?.issue ?? []) as Issue[];
  const [first, ...rest] = issues;
  const lines = rest.map((issue, index): ReportLine => {
    const code = issue.details?.coding?.find((c) => c.system === OUTCOME_SYSTEM)?.code ?? 'unknown';
    const words = (messages.outcomes as Record<string, string>)[code] ?? code;
    const tone = code === 'failed' ? 'error' : code === 'ambiguous' || code === 'not-mappable' ? 'warning' : 'fine';
    return {
      entry: issue.expression?.[0] ?? `entry ${index}`,
      outcome: code,
      words,
      detail: issue.details?.text ?? '',
      tone,
    };
  });
  return { summary: first?.details?.text ?? '', lines };
}

/** The words of a refusal (an OperationOutcome with errors): each problem's text, joined. */
export function refusalInWords(outcome: unknown): string {
  const issues = ((outcome as { issue?: Issue[] } | null)?.issue ?? []) as Issue[];
  return issues
    .map((issue) => issue.details?.text ?? '')
    .filter((text) => text !== '')
    .join('; ');
}
