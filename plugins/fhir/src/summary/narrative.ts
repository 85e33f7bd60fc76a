import type { FhirResource } from '@hms/sdk';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Text made safe for XHTML (FHIR narrative: no markup from the record may pass as markup). */
export function escapeXhtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A generated narrative: a list of the lines, or the sentence said when there is nothing to list. */
export function generatedNarrative(lines: readonly string[], whenEmpty: string): { status: string; div: string } {
  const body =
    lines.length === 0
      ? `<p>${escapeXhtml(whenEmpty)}</p>`
      : `<ul>${lines.map((line) => `<li>${escapeXhtml(line)}</li>`).join('')}</ul>`;
  return { status: 'generated', div: `<div xmlns="${XHTML}">${body}</div>` };
}

interface Concept {
  readonly text?: string;
  readonly coding?: readonly { readonly code?: string; readonly display?: string }[];
}

/** A concept in words: its text, else the first coding's display, else its code. */
export function wordsOf(concept: unknown): string | undefined {
  if (typeof concept !== 'object' || concept === null) return undefined;
  const { text, coding } = concept as Concept;
  return text ?? coding?.find((c) => c.display)?.display ?? coding?.find((c) => c.code)?.code;
}

const dateOf = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, 10) : undefined);
const joined = (...parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => p !== undefined && p !== '').join(', ');

/** One line of a section's narrative for a resource: what it is, in words a reader of the summary needs. */
export function lineOf(resource: FhirResource): string {
  const r = resource as Record<string, unknown>;
  switch (resource.resourceType) {
    case 'Condition':
      return joined(wordsOf(r['code']), dateOf(r['onsetDateTime']) && `since ${dateOf(r['onsetDateTime'])}`);
    case 'AllergyIntolerance': {
      const reactions = (r['reaction'] as { manifestation: unknown[] }[] | undefined) ?? [];
      const manifestation = reactions.flatMap((x) => x.manifestation.map(wordsOf)).filter(Boolean);
      return joined(
        wordsOf(r['code']),
        typeof r['criticality'] === 'string' ? `criticality ${r['criticality']}` : undefined,
        manifestation.length > 0 ? `reaction: ${manifestation.join(', ')}` : undefined,
      );
    }
    case 'MedicationRequest': {
      const dosage = (r['dosageInstruction'] as { text?: string }[] | undefined)?.[0]?.text;
      return joined(wordsOf(r['medicationCodeableConcept']), dosage);
    }
    case 'Observation': {
      const quantity = r['valueQuantity'] as { value?: number; unit?: string } | undefined;
      const value = quantity?.value === undefined ? undefined : `${quantity.value} ${quantity.unit ?? ''}`.trim();
      return joined(wordsOf(r['code']), value, dateOf(r['effectiveDateTime']));
    }
    case 'CarePlan': {
      const period = r['period'] as { start?: string } | undefined;
      return joined(
        typeof r['title'] === 'string' ? r['title'] : undefined,
        period?.start && `since ${dateOf(period.start)}`,
      );
    }
    default:
      return `${resource.resourceType} ${resource.id ?? ''}`.trim();
  }
}
