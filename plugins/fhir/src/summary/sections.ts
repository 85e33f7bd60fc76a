import type { FhirResource } from '@hms/sdk';

/** One section of the International Patient Summary, and which of the patient's resources it lists. */
export interface SummarySection {
  readonly title: string;
  /** Its LOINC section code. */
  readonly code: string;
  readonly display: string;
  /** The FHIR type its entries are. */
  readonly type: string;
  /** IPS requires it: present with an `emptyReason` when the record holds nothing for it. */
  readonly required: boolean;
  /** The entries it lists, from every resource of its type the patient has. */
  select(resources: readonly FhirResource[]): FhirResource[];
  /** The narrative's sentence when it lists nothing. */
  readonly whenEmpty: string;
}

type Coded = { coding?: { code?: string }[] };
const hasCode = (concept: unknown, code: string): boolean =>
  ((concept as Coded | undefined)?.coding ?? []).some((c) => c.code === code);
const field = (resource: FhirResource, name: string): unknown => (resource as Record<string, unknown>)[name];

/** The newest observation of each code: the summary gives the latest vital signs, not their history. */
function newestOfEachCode(observations: readonly FhirResource[]): FhirResource[] {
  const newest = new Map<string, FhirResource>();
  for (const observation of observations) {
    const code = JSON.stringify(field(observation, 'code'));
    const seen = newest.get(code);
    const at = String(field(observation, 'effectiveDateTime') ?? '');
    if (!seen || at > String(field(seen, 'effectiveDateTime') ?? '')) newest.set(code, observation);
  }
  return [...newest.values()];
}

/** The IPS sections this server fills, in the order the Composition lists them. */
export const SUMMARY_SECTIONS: readonly SummarySection[] = [
  {
    title: 'Active problems',
    code: '11450-4',
    display: 'Problem list - Reported',
    type: 'Condition',
    required: true,
    select: (all) => all.filter((c) => hasCode(field(c, 'clinicalStatus'), 'active')),
    whenEmpty: 'No active problems are recorded.',
  },
  {
    title: 'Allergies and intolerances',
    code: '48765-2',
    display: 'Allergies and adverse reactions Document',
    type: 'AllergyIntolerance',
    required: true,
    select: (all) => all.filter((a) => hasCode(field(a, 'clinicalStatus'), 'active')),
    whenEmpty: 'No allergies or intolerances are recorded.',
  },
  {
    title: 'Medication',
    code: '10160-0',
    display: 'History of Medication use Narrative',
    type: 'MedicationRequest',
    required: true,
    select: (all) => all.filter((m) => field(m, 'status') === 'active'),
    whenEmpty: 'No current medication is recorded.',
  },
  {
    title: 'Vital signs',
    code: '8716-3',
    display: 'Vital signs',
    type: 'Observation',
    required: false,
    select: (all) =>
      newestOfEachCode(all.filter((o) => (field(o, 'category') as unknown[]).some((c) => hasCode(c, 'vital-signs')))),
    whenEmpty: 'No vital signs are recorded.',
  },
  {
    title: 'Plan of care',
    code: '18776-5',
    display: 'Plan of care note',
    type: 'CarePlan',
    required: false,
    select: (all) => all.filter((p) => field(p, 'status') === 'active'),
    whenEmpty: 'No active care plan is recorded.',
  },
];
