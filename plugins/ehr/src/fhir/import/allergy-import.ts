import type { FhirImport, FhirResource, InputOf } from '@hms/sdk';
import { RecordAllergy } from '../../contracts/commands';
import { codingsOf, elementOf, statusOf, wordsOf, type Concept } from './concepts';

type Allergy = InputOf<typeof RecordAllergy>;
const CATEGORIES = new Set(['food', 'medication', 'environment', 'biologic']);
const CRITICALITIES = new Set(['low', 'high', 'unable-to-assess']);
const SEVERITIES = new Set(['mild', 'moderate', 'severe']);

/**
 * An AllergyIntolerance as a chart allergy: the substance in words (the chart keeps no substance code: its
 * codings are named as left), the first category (the chart needs one), type, criticality, and the first
 * reaction's manifestation and severity.
 */
export const allergyImport: FhirImport<typeof RecordAllergy> = {
  command: RecordAllergy,
  map(allergy: FhirResource, { patientId }) {
    const code = elementOf<Concept>(allergy, 'code');
    const substance = wordsOf(code);
    if (!substance) return { notMappable: 'The chart takes allergies naming their substance in words' };
    const status = statusOf(allergy, 'clinicalStatus');
    if (status !== undefined && status !== 'active') {
      return { notMappable: `An ${status} allergy: the chart would record ${substance} as active` };
    }
    if (statusOf(allergy, 'verificationStatus') === 'entered-in-error') {
      return { notMappable: 'An entry in error is not imported' };
    }
    const category = elementOf<string[]>(allergy, 'category')?.[0];
    if (category === undefined || !CATEGORIES.has(category)) {
      return { notMappable: 'The chart takes allergies with a category (food, medication, environment, biologic)' };
    }
    const type = elementOf<string>(allergy, 'type') === 'intolerance' ? 'intolerance' : 'allergy';
    const criticality = elementOf<string>(allergy, 'criticality');
    const reaction = elementOf<{ manifestation?: Concept[]; severity?: string }[]>(allergy, 'reaction')?.[0];
    const manifestation = wordsOf(reaction?.manifestation?.[0]);
    const left = [
      ...codingsOf(code).map((c) => `the substance's coding ${c} (kept in words)`),
      ...((elementOf<unknown[]>(allergy, 'reaction')?.length ?? 0) > 1 ? ['reactions after the first'] : []),
    ];
    const data: Allergy = {
      patientId,
      substance: substance.slice(0, 200),
      type,
      category: category as Allergy['category'],
      ...(criticality !== undefined && CRITICALITIES.has(criticality)
        ? { criticality: criticality as Allergy['criticality'] }
        : {}),
      ...(manifestation === undefined ? {} : { reaction: manifestation.slice(0, 500) }),
      ...(reaction?.severity !== undefined && SEVERITIES.has(reaction.severity)
        ? { severity: reaction.severity as Allergy['severity'] }
        : {}),
    };
    return { data, summary: `A chart ${type} to ${substance}`, ...(left.length > 0 ? { left } : {}) };
  },
  createdId: (entry) => entry.allergyId,
};
