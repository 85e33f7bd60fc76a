import { carePlanResource, goalResources } from './care-plan';
import { conditionResource } from './condition';
import { documentReferenceResource } from './document-reference';
import { encounterResource } from './encounter';
import { observationResource } from './observation';

const PATIENT = '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the EHR’s FHIR mappings', () => {
  it('maps a vital sign to a LOINC-coded vital-signs Observation with a UCUM quantity', () => {
    const resource = observationResource(PATIENT, {
      observationId: 'o1',
      code: '8310-5',
      value: 38.2,
      unit: 'Cel',
      effectiveAt: '2024-05-02T10:00:00.000Z',
      recordedAt: '2024-05-02T10:01:00.000Z',
    });
    expect(resource).toMatchObject({
      status: 'final',
      category: [{ coding: [{ code: 'vital-signs' }] }],
      code: { coding: [{ system: 'http://loinc.org', code: '8310-5', display: 'Body temperature' }] },
      subject: { reference: `Patient/${PATIENT}` },
      valueQuantity: { value: 38.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
    });
  });

  it('files a laboratory value under laboratory', () => {
    const resource = observationResource(PATIENT, {
      observationId: 'o2',
      code: '2339-0',
      value: 5.4,
      unit: 'mmol/L',
      effectiveAt: '2024-05-02T10:00:00.000Z',
      recordedAt: '2024-05-02T10:00:00.000Z',
    });
    expect(resource.category[0]?.coding[0]?.code).toBe('laboratory');
  });

  it('maps a resolved diagnosis with its ICD-10 code and abatement', () => {
    const resource = conditionResource(PATIENT, {
      problemId: 'p1',
      kind: 'diagnosis',
      code: 'J18.9',
      title: 'Pneumonia, unspecified organism',
      recordedAt: '2024-05-02T10:00:00.000Z',
      recordedBy: 'u1',
      status: 'resolved',
      resolvedOn: '2024-05-20',
    });
    expect(resource).toMatchObject({
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J18.9' }] },
      abatementDateTime: '2024-05-20',
    });
  });

  it('makes a document of a note’s latest signed version only, and none of a draft', () => {
    const base = { noteId: 'n1', title: 'Progress', createdAt: '2024-05-02T10:00:00.000Z', authorId: 'u1' };
    const version = (signedVersion: number, text: string) => ({
      signedVersion,
      text,
      contentHash: 'h',
      revision: signedVersion,
      signedAt: `2024-05-0${signedVersion + 1}T10:00:00.000Z`,
      signedBy: 'u1',
    });
    expect(documentReferenceResource(PATIENT, { ...base, signed: [], status: 'draft' })).toBeUndefined();
    const amended = documentReferenceResource(PATIENT, {
      ...base,
      signed: [version(1, 'First.'), version(2, 'Second.')],
      status: 'signed',
    });
    expect(amended).toMatchObject({ docStatus: 'amended', date: '2024-05-03T10:00:00.000Z' });
    expect(Buffer.from(amended!.content[0]!.attachment.data, 'base64').toString('utf8')).toBe('Second.');
  });

  it('maps an open inpatient stay to an in-progress IMP encounter without an end', () => {
    const resource = encounterResource({
      encounterId: 'e1',
      patientId: PATIENT,
      class: 'inpatient',
      status: 'open',
      appointmentId: null,
      stayId: null,
      reason: null,
      openedAt: '2024-05-02T10:00:00.000Z',
      closedAt: null,
    });
    expect(resource).toMatchObject({
      status: 'in-progress',
      class: { code: 'IMP' },
      period: { start: '2024-05-02T10:00:00.000Z' },
    });
    expect(resource.period).not.toHaveProperty('end');
  });
  it('maps a plan to a CarePlan with its goals, and an abandoned plan to revoked with cancelled goals', () => {
    const plan = {
      planId: 'p1',
      title: 'Lower blood pressure',
      problemId: 'c1',
      goals: [
        {
          goalId: 'g1',
          description: 'Systolic under 140',
          target: { code: '8480-6', comparator: '<' as const, value: 140, unit: 'mm[Hg]' },
        },
        { goalId: 'g2', description: 'Walk daily' },
      ],
      startedAt: '2024-05-02T10:00:00.000Z',
      progress: [{ entryId: 'e1', goalId: 'g2', note: 'Walks 20 minutes', at: '2024-05-09T10:00:00.000Z' }],
    };
    expect(carePlanResource(PATIENT, { ...plan, status: 'active' })).toMatchObject({
      status: 'active',
      intent: 'plan',
      addresses: [{ reference: 'Condition/c1' }],
      goal: [{ reference: 'Goal/g1' }, { reference: 'Goal/g2' }],
      note: [{ time: '2024-05-09T10:00:00.000Z', text: 'Walks 20 minutes' }],
    });
    const goals = goalResources(PATIENT, { ...plan, status: 'active' });
    expect(goals[0]).toMatchObject({
      lifecycleStatus: 'active',
      target: [
        { measure: { coding: [{ code: '8480-6' }] }, detailQuantity: { value: 140, comparator: '<', code: 'mm[Hg]' } },
      ],
    });
    expect(goals[1]).not.toHaveProperty('target');
    const abandoned = {
      ...plan,
      status: 'closed' as const,
      outcome: 'abandoned' as const,
      closedAt: '2024-06-01T00:00:00.000Z',
    };
    expect(carePlanResource(PATIENT, abandoned)).toMatchObject({
      status: 'revoked',
      period: { end: abandoned.closedAt },
    });
    expect(goalResources(PATIENT, abandoned).map((g) => g.lifecycleStatus)).toEqual(['cancelled', 'cancelled']);
  });
});
