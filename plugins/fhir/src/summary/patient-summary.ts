import { randomUUID } from 'node:crypto';
import {
  fhirRecordAccess,
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirSearchParameter,
  type FhirServerContext,
} from '@hms/sdk';
import type { FhirSettings } from '../options';
import { organizationResource } from '../server/organization';
import { readResource } from '../server/read';
import { isWithheld } from '../server/withheld';
import { generatedNarrative, lineOf } from './narrative';
import { SUMMARY_SECTIONS, type SummarySection } from './sections';

const LOINC = 'http://loinc.org';
const EMPTY_REASON = 'http://terminology.hl7.org/CodeSystem/list-empty-reason';
/** The IPS document type (LOINC 60591-5, "Patient summary Document"). */
const IPS_TYPE = { coding: [{ system: LOINC, code: '60591-5', display: 'Patient summary Document' }] };

type Filled =
  | { readonly section: SummarySection; readonly entries: readonly FhirResource[] }
  | { readonly section: SummarySection; readonly emptyReason: 'unavailable' | 'withheld'; readonly why: string };

/**
 * `Patient/<id>/$summary`: the International Patient Summary as a `document` Bundle. Its Composition (authored by
 * the hospital, the configured Organization) has the three sections IPS requires (problems, allergies, medication)
 * always, with an `emptyReason` when the record holds nothing for one, and vital signs and plan of care when it
 * holds them; each section has a generated narrative listing its entries. The entries are read through the
 * contributions like any search (permission, care rule, audit): a care refusal refuses the whole summary, a
 * missing permission leaves the section empty with the reason `withheld`.
 */
export async function patientSummary(
  patientType: FhirContribution,
  patientId: string,
  request: FhirRequest,
  ctx: FhirServerContext,
  settings: FhirSettings,
): Promise<FhirResource> {
  const unknown = Object.keys(request.query).filter((key) => key !== '_format');
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((key) => ({ path: key, message: '$summary takes no parameters here' })),
      'FHIR_SEARCH_INVALID',
    );
  }
  const patient = await readResource(patientType, patientId, ctx);
  const organization = organizationResource(settings);
  const fullUrl = (resource: FhirResource): string => `${request.baseUrl}/${resource.resourceType}/${resource.id}`;
  const filled = (await fillSections(patient.id ?? patientId, ctx)).filter(
    (found) => found.section.required || keptWhenOptional(found),
  );
  const compositionId = randomUUID();
  const composition: FhirResource = {
    resourceType: 'Composition',
    id: compositionId,
    status: 'final',
    type: IPS_TYPE,
    subject: { reference: fullUrl(patient) },
    date: ctx.now,
    author: [{ reference: fullUrl(organization), display: settings.organization.name }],
    title: 'International Patient Summary',
    confidentiality: 'N',
    custodian: { reference: fullUrl(organization) },
    section: filled.map((f) => sectionOf(f, fullUrl)),
  };
  const entries = filled.flatMap((f) => ('entries' in f ? f.entries : []));
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${randomUUID()}` },
    type: 'document',
    timestamp: ctx.now,
    entry: [
      { fullUrl: `urn:uuid:${compositionId}`, resource: composition },
      ...[patient, organization, ...entries].map((resource) => ({ fullUrl: fullUrl(resource), resource })),
    ],
  };
}

/** An optional section is listed when it has entries, or when they were withheld (not the same as none). */
function keptWhenOptional(found: Filled): boolean {
  return 'entries' in found ? found.entries.length > 0 : found.emptyReason === 'withheld';
}

/**
 * Each section's entries, or why it has none to give. The sections' types are searched as one access (their chart
 * query runs once, and its audit record names every type it served), like `$everything`.
 */
async function fillSections(patientId: string, ctx: FhirServerContext): Promise<Filled[]> {
  const reference = `Patient/${patientId}`;
  const byPatient = (contribution: FhirContribution): FhirSearchParameter | undefined =>
    contribution.resource.search.parameters.find((p) => p.name === 'patient' && p.type === 'reference');
  const contributionOf = (section: SummarySection): FhirContribution | undefined =>
    ctx.contributions.find((c) => c.resource.type === section.type && byPatient(c) !== undefined);
  const searched = SUMMARY_SECTIONS.flatMap((section) => contributionOf(section) ?? []);
  const parts = await fhirRecordAccess(ctx).searchMany(searched, {
    patient: patientId,
    parameters: { patient: [reference] },
  });
  return SUMMARY_SECTIONS.map((section): Filled => {
    const part = parts.find((p) => p.contribution.resource.type === section.type);
    const parameter = part && byPatient(part.contribution);
    if (!part || parameter?.type !== 'reference') {
      return { section, emptyReason: 'unavailable', why: `This system keeps no ${section.type} records.` };
    }
    if ('refusal' in part) {
      if (!isWithheld(part.refusal)) throw part.refusal;
      // Said in the summary rather than dropped silently: the reader must know the section is not "none".
      return { section, emptyReason: 'withheld', why: 'Withheld: the requesting user may not read these records.' };
    }
    return { section, entries: section.select(part.resources.filter((r) => parameter.values(r).includes(reference))) };
  });
}

function sectionOf(filled: Filled, fullUrl: (resource: FhirResource) => string): Record<string, unknown> {
  const { section } = filled;
  const base = {
    title: section.title,
    code: { coding: [{ system: LOINC, code: section.code, display: section.display }] },
  };
  if (!('entries' in filled)) {
    return {
      ...base,
      text: generatedNarrative([], filled.why),
      emptyReason: { coding: [{ system: EMPTY_REASON, code: filled.emptyReason }] },
    };
  }
  if (filled.entries.length === 0) {
    // The chart records no explicit "none known", so the reason is that nothing is available, not `nilknown`.
    return {
      ...base,
      text: generatedNarrative([], section.whenEmpty),
      emptyReason: { coding: [{ system: EMPTY_REASON, code: 'unavailable' }] },
    };
  }
  return {
    ...base,
    text: generatedNarrative(filled.entries.map(lineOf), section.whenEmpty),
    entry: filled.entries.map((resource) => ({ reference: fullUrl(resource) })),
  };
}
