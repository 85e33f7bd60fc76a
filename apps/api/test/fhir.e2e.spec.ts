import { AccountService } from '@hms/core';
import {
  connectCollabClient,
  createTestDatabase,
  insertCollabParagraph,
  waitUntil,
  type CollabClient,
  type TestDatabase,
} from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, registration, type Answer } from './e2e-support';
import { assertValidBundle, assertValidFhir } from './fhir-validator';
import { startTestApi } from './test-api';

const PASSWORD = 'fhir e2e test passphrase';
const NOTE_TEXT = 'Cough for three days.\nPlan: chest X-ray.';

interface Bundle {
  resourceType: string;
  type: string;
  total: number;
  link: { relation: string; url: string }[];
  entry?: { fullUrl?: string; resource: { resourceType: string; id: string; [k: string]: unknown } }[];
}
interface Composition {
  subject: { reference: string };
  section: {
    code: { coding: { code: string }[] };
    text: { status: string; div: string };
    entry?: { reference: string }[];
    emptyReason?: { coding: { code: string }[] };
  }[];
}
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; code: string; details: { coding: { code: string }[]; text: string } }[];
}

/**
 * FHIR R4 at /fhir/R4 over a real API, as another provider's system meets it: the CapabilityStatement, reads and
 * searches of a generated patient with a chart, paging, $everything, OperationOutcome refusals, and the same
 * sessions, care-relationship rule and audit as the REST API. Every resource answered is checked by Medplum's
 * validator against the base R4 structure definitions.
 */
describe('FHIR R4 over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let stranger: string;
  let strangerId: string;
  let patientId: string;
  let mrn: string;
  let encounterId: string;
  let conditionId: string;
  let noteId: string;
  let planId: string;
  let emptyPatientId: string;
  let employeeId: string;
  let wardId: string;
  let bedIds: string[];
  let appointmentId: string;
  const heartRates: string[] = [];
  const clients: CollabClient[] = [];

  const fhir = <B>(path: string, token: string | null = admin): Promise<Answer<B>> =>
    http.call<B>('GET', `/fhir/R4${path}`, { ...(token === null ? {} : { token }) });
  const post = (path: string, body: Record<string, unknown>) =>
    http.call<Record<string, string>>('POST', path, { token: admin, body });

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_fhir');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const account = await new AccountService(api.kernel.db).createAccount({
      username: 'dr.stranger',
      password: PASSWORD,
      displayName: 'dr.stranger',
      roles: ['physician'],
    });
    strangerId = account.id;
    stranger = await http.login('dr.stranger', PASSWORD);

    const patient = await post('/api/patients', registration({ familyName: 'Fhirson' }));
    expect(patient.status).toBe(201);
    patientId = patient.body.id!;
    mrn = patient.body.mrn!;
    const encounter = await post('/api/encounters', { patientId, class: 'outpatient', reason: 'Cough' });
    encounterId = encounter.body.encounterId!;
    const problem = await post(`/api/charts/${patientId}/problems`, { kind: 'diagnosis', code: 'J18.9', encounterId });
    expect(problem.status).toBe(201);
    conditionId = problem.body.problemId!;
    await post(`/api/charts/${patientId}/problems`, { code: 'I10', onset: '2019-03-01' });
    await post(`/api/charts/${patientId}/allergies`, {
      substance: 'Penicillin',
      category: 'medication',
      reaction: 'Hives',
      severity: 'moderate',
      criticality: 'high',
    });
    await post(`/api/charts/${patientId}/medications`, {
      medication: 'Amoxicillin 500 mg capsule',
      dosage: { dose: '500 mg', route: 'oral', frequency: 'three times a day' },
      quantity: 21, // validated below as the MedicationRequest's dispenseRequest.quantity (ehr 1.7)
      encounterId,
    });
    for (const value of [72, 75, 80, 84, 90]) {
      const recorded = await post(`/api/charts/${patientId}/observations`, { code: '8867-4', value, unit: '/min' });
      expect(recorded.status).toBe(201);
      heartRates.push(recorded.body.observationId!);
    }
    await post(`/api/charts/${patientId}/observations`, { code: '8310-5', value: 38.2, unit: 'Cel' });
    await post(`/api/charts/${patientId}/observations`, { code: '29463-7', value: 70.5, unit: 'kg' });

    const plan = await post(`/api/charts/${patientId}/plans`, {
      title: 'Treat pneumonia',
      problemId: conditionId,
      goals: [
        { description: 'Fever gone', target: { code: '8310-5', comparator: '<', value: 37.5, unit: 'Cel' } },
        { description: 'Walks without breathlessness' },
      ],
    });
    expect(plan.status).toBe(201);
    planId = plan.body.planId!;
    const empty = await post('/api/patients', registration({ familyName: 'Emptyrecord' }));
    emptyPatientId = empty.body.id!;

    const department = await post('/api/staff/departments', { name: 'Cardiology' });
    expect(department.status).toBe(201);
    const hired = await post('/api/staff/employees', {
      givenName: 'Ada',
      familyName: 'Practiceton',
      workEmail: 'ada.practiceton@hospital.test',
      departmentId: department.body.id,
      position: 'Consultant cardiologist',
      staffNumber: 'FHIR-7',
      firstTerm: {
        from: '2020-01-01',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 37.5,
        payGrade: 'C1',
        annualSalary: { amount: 9_000_000, currency: 'EUR' },
      },
    });
    expect(hired.status).toBe(201);
    employeeId = hired.body.id!;
    const licence = await post(`/api/staff/employees/${employeeId}/licences`, {
      body: 'GMC',
      number: 'GMC-123456',
      skills: ['cardiology'],
      validFrom: '2020-01-01',
      expiresOn: '2099-12-31',
    });
    expect(licence.status).toBe(201);

    const ward = await http.call<{ id: string; beds: { id: string }[] }>('POST', '/api/wards', {
      token: admin,
      body: { code: 'FHIR1', name: 'Fhir ward', specialty: 'Cardiology', beds: ['1', '2'] },
    });
    expect(ward.status).toBe(201);
    wardId = ward.body.id;
    bedIds = ward.body.beds.map((b) => b.id);
    const scheduled = await http.call('PUT', `/api/schedules/${employeeId}`, {
      token: admin,
      body: {
        timeZone: 'UTC',
        weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:30', location: 'OPD 1' }),
        ),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 15 }],
      },
    });
    expect(scheduled.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const slots = await http.call<{ items: { startsAt: string }[] }>(
      'GET',
      `/api/schedules/${employeeId}/slots?type=consultation&from=${today}&to=${inTwoDays}&limit=1`,
      { token: admin },
    );
    const booked = await post('/api/appointments', {
      patientId,
      practitionerId: employeeId,
      type: 'consultation',
      startsAt: slots.body.items[0]!.startsAt,
    });
    expect(booked.status).toBe(201);
    appointmentId = booked.body.id!;

    const note = await post('/api/notes', { patientId, encounterId });
    noteId = note.body.id!;
    const editor = connectCollabClient(api.url, noteId, admin);
    clients.push(editor);
    await waitUntil('synced', () => editor.provider.synced);
    for (const line of NOTE_TEXT.split('\n')) insertCollabParagraph(editor.doc, line);
    await waitUntil(
      'persisted',
      async () =>
        (await http.call<{ text: string }>('GET', `/api/notes/${noteId}`, { token: admin })).body.text === NOTE_TEXT,
    );
    expect((await post(`/api/notes/${noteId}/sign`, {})).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await api?.stop();
    await database?.drop();
  });

  it('describes itself in a CapabilityStatement generated from the enabled plugins', async () => {
    const answer = await fhir<{
      resourceType: string;
      rest: { resource: { type: string; searchParam: { name: string }[] }[] }[];
    }>('/metadata');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/fhir+json');
    assertValidFhir(answer.body);
    const types = answer.body.rest[0]!.resource.map((r) => r.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'Patient',
        'Encounter',
        'Condition',
        'AllergyIntolerance',
        'MedicationRequest',
        'Observation',
        'DocumentReference',
        'CarePlan',
        'Goal',
        'Organization',
        'Practitioner',
        'PractitionerRole',
        'Appointment',
        'Location',
      ]),
    );
    const observation = answer.body.rest[0]!.resource.find((r) => r.type === 'Observation')!;
    expect(observation.searchParam.map((p) => p.name)).toEqual(
      expect.arrayContaining(['_id', 'patient', 'subject', 'code', 'date', 'status']),
    );
  });

  it('reads each resource type, valid, and audits the read as asked by the FHIR server', async () => {
    const patient = await fhir<{ id: string; identifier: { system: string; value: string }[] }>(
      `/Patient/${patientId}`,
    );
    expect(patient.status).toBe(200);
    expect(patient.body.identifier[0]).toMatchObject({ system: 'urn:hms:mrn', value: mrn });
    assertValidFhir(patient.body);

    const condition = await fhir<{ code: { coding: { system: string; code: string }[] } }>(`/Condition/${conditionId}`);
    expect(condition.status).toBe(200);
    expect(condition.body.code.coding[0]).toMatchObject({ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J18.9' });
    assertValidFhir(condition.body);

    const observation = await fhir<{ valueQuantity: unknown; code: unknown }>(`/Observation/${heartRates[0]}`);
    expect(observation.status).toBe(200);
    expect(observation.body.valueQuantity).toEqual({
      value: 72,
      unit: '/min',
      system: 'http://unitsofmeasure.org',
      code: '/min',
    });
    expect(observation.body.code).toEqual({
      coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }],
    });
    assertValidFhir(observation.body);

    const encounter = await fhir<{ status: string; class: { code: string } }>(`/Encounter/${encounterId}`);
    expect(encounter.body).toMatchObject({ status: 'in-progress', class: { code: 'AMB' } });
    assertValidFhir(encounter.body);

    const document = await fhir<{ content: { attachment: { data: string } }[] }>(`/DocumentReference/${noteId}`);
    expect(document.status).toBe(200);
    expect(Buffer.from(document.body.content[0]!.attachment.data, 'base64').toString('utf8')).toBe(NOTE_TEXT);
    assertValidFhir(document.body);

    const audit = await api.kernel.db.query<{ action: string; outcome: string; details: Record<string, unknown> }>(
      `SELECT action, outcome, details FROM core.audit_log WHERE $1 = ANY(patient_ids) AND details->>'askedBy' = 'fhir'`,
      [patientId],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'patient.GetPatient', outcome: 'success' }),
        expect.objectContaining({
          action: 'ehr.FindFhirChartEntry',
          outcome: 'success',
          details: expect.objectContaining({ askedFor: 'fhir:read:Condition' }),
        }),
        expect.objectContaining({ action: 'ehr.FindFhirNote', outcome: 'success' }),
      ]),
    );
  });

  it('searches with patient, code, date and status, paging through a searchset with next links', async () => {
    const seen: string[] = [];
    let path: string | undefined = `/Observation?patient=Patient/${patientId}&code=http://loinc.org|8867-4&_count=2`;
    let pages = 0;
    while (path !== undefined) {
      const page: Answer<Bundle> = await fhir<Bundle>(path);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 5 });
      assertValidBundle(page.body);
      seen.push(...(page.body.entry ?? []).map((e) => e.resource.id));
      const next = page.body.link.find((l) => l.relation === 'next')?.url;
      path = next === undefined ? undefined : next.slice(next.indexOf('/fhir/R4') + '/fhir/R4'.length);
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...heartRates].sort());

    const vitals = await fhir<Bundle>(`/Observation?subject=${patientId}&category=vital-signs&status=final`);
    expect(vitals.body.total).toBe(7);
    const future = await fhir<Bundle>(`/Observation?patient=${patientId}&date=gt2999-01-01`);
    expect(future.body.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const since = await fhir<Bundle>(`/Observation?patient=${patientId}&date=ge2000-01&date=le${today}T23:59:59Z`);
    expect(since.body.total).toBe(7);

    const conditions = await fhir<Bundle>(`/Condition?patient=${patientId}&code=I10&clinical-status=active`);
    expect(conditions.body.total).toBe(1);
    assertValidBundle(conditions.body);
    const byOnset = await fhir<Bundle>(`/Condition?patient=${patientId}&onset-date=2019-03`);
    expect(byOnset.body.total).toBe(1);

    const patients = await fhir<Bundle>(`/Patient?identifier=urn:hms:mrn|${mrn}`);
    expect(patients.body.entry?.map((e) => e.resource.id)).toEqual([patientId]);
    assertValidBundle(patients.body);
    const byName = await fhir<Bundle>(`/Patient?family=fhir&gender=female`);
    expect(byName.body.entry?.map((e) => e.resource.id)).toEqual([patientId]);
    const byId = await fhir<Bundle>(`/Encounter?_id=${encounterId}`);
    expect(byId.body.total).toBe(1);

    for (const type of ['Encounter', 'AllergyIntolerance', 'MedicationRequest', 'DocumentReference']) {
      const found = await fhir<Bundle>(`/${type}?patient=${patientId}`);
      expect(found.body.total).toBe(1);
      assertValidBundle(found.body);
    }
  });

  it('audits Patient/$everything as one access: each shared query read and recorded once, naming every type it served', async () => {
    const since = await api.kernel.db.query<{ at: Date }>('SELECT now() AS at');
    const answer = await fhir<Bundle>(`/Patient/${patientId}/$everything?_count=100`);
    expect(answer.status).toBe(200);
    const audited = await api.kernel.db.query<{ action: string; asked: string; correlation_id: string }>(
      `SELECT action, details->>'askedFor' AS asked, correlation_id FROM core.audit_log
        WHERE at >= $1 AND $2 = ANY (patient_ids) AND outcome = 'success' AND details->>'askedBy' = 'fhir'`,
      [since[0]!.at, patientId],
    );
    expect(new Set(audited.map((r) => r.correlation_id)).size).toBe(1);
    const chart = audited.filter((r) => r.action === 'ehr.GetFhirChart');
    expect(chart).toHaveLength(1);
    expect(chart[0]!.asked.split(':')[2]!.split(',').sort()).toEqual(
      ['AllergyIntolerance', 'CarePlan', 'Condition', 'Goal', 'MedicationRequest', 'Observation'].sort(),
    );
    // Claim and ClaimResponse answer from one billing query too: read and recorded once.
    expect(audited.find((r) => r.action === 'billing.GetFhirClaims')?.asked).toBe('fhir:search:Claim,ClaimResponse');
    expect(audited.map((r) => r.action).sort()).toEqual(
      [
        'billing.GetFhirClaims',
        'billing.GetFhirCoverages',
        'ehr.GetFhirChart',
        'ehr.GetFhirNotes',
        'ehr.ListEncounters',
        'patient.GetPatient',
        'scheduling.GetFhirAppointments',
      ].sort(),
    );
  });

  it("answers Patient/$everything with the patient's whole record, every resource valid", async () => {
    const answer = await fhir<Bundle>(`/Patient/${patientId}/$everything?_count=100`);
    expect(answer.status).toBe(200);
    assertValidBundle(answer.body);
    const types = (answer.body.entry ?? []).map((e) => e.resource.resourceType);
    expect(answer.body.total).toBe(1 + 1 + 2 + 1 + 1 + 7 + 1 + 1 + 2 + 1);
    expect(new Set(types)).toEqual(
      new Set([
        'Patient',
        'Encounter',
        'Condition',
        'AllergyIntolerance',
        'MedicationRequest',
        'Observation',
        'DocumentReference',
        'CarePlan',
        'Goal',
        'Appointment',
      ]),
    );
  });

  it('answers Patient/$summary as an IPS document: a Composition with its sections, narratives and entries', async () => {
    const answer = await fhir<Bundle & { identifier: unknown; timestamp: string }>(`/Patient/${patientId}/$summary`);
    expect(answer.status).toBe(200);
    assertValidBundle(answer.body);
    expect(answer.body).toMatchObject({ resourceType: 'Bundle', type: 'document' });
    expect(answer.body.identifier).toBeDefined();
    const entries = answer.body.entry ?? [];
    const composition = entries[0]!.resource as unknown as Composition;
    expect(composition).toMatchObject({
      resourceType: 'Composition',
      status: 'final',
      type: { coding: [{ system: 'http://loinc.org', code: '60591-5' }] },
      author: [{ reference: expect.stringMatching(/\/Organization\/hospital$/) }],
    });
    expect(composition.subject.reference).toMatch(new RegExp(`/Patient/${patientId}$`));
    const byUrl = new Map(entries.map((e) => [e.fullUrl, e.resource]));
    const section = (code: string) => composition.section.find((s) => s.code.coding[0]!.code === code)!;
    expect(composition.section.map((s) => s.code.coding[0]!.code)).toEqual([
      '11450-4',
      '48765-2',
      '10160-0',
      '8716-3',
      '18776-5',
    ]);
    const listed = (code: string) => section(code).entry!.map((e) => byUrl.get(e.reference)!);
    expect(
      listed('11450-4')
        .map((r) => r.id)
        .sort(),
    ).toHaveLength(2);
    expect(listed('48765-2').map((r) => r.resourceType)).toEqual(['AllergyIntolerance']);
    expect(listed('10160-0').map((r) => r.resourceType)).toEqual(['MedicationRequest']);
    // The latest of each vital sign: heart rate, temperature, weight.
    const vitals = listed('8716-3');
    expect(vitals).toHaveLength(3);
    expect(vitals.map((r) => r.id)).toContain(heartRates[4]);
    expect(listed('18776-5').map((r) => r.id)).toEqual([planId]);
    for (const s of composition.section) {
      expect(s.text.status).toBe('generated');
      expect(s.text.div).toMatch(/^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml">/);
      expect(s.emptyReason).toBeUndefined();
    }
    expect(section('48765-2').text.div).toContain('Penicillin');
    expect(section('10160-0').text.div).toContain('Amoxicillin 500 mg capsule');
    expect(section('18776-5').text.div).toContain('Treat pneumonia');
    expect(new Set(entries.map((e) => e.resource.resourceType))).toEqual(
      new Set([
        'Composition',
        'Patient',
        'Organization',
        'Condition',
        'AllergyIntolerance',
        'MedicationRequest',
        'Observation',
        'CarePlan',
      ]),
    );
    const audit = await api.kernel.db.query<{ action: string }>(
      // The sections' types are searched as one access: the chart's record names every type it served.
      `SELECT action FROM core.audit_log WHERE $1 = ANY(patient_ids)
        AND details->>'askedFor' LIKE 'fhir:search:%' AND 'CarePlan' = ANY(string_to_array(split_part(details->>'askedFor', ':', 3), ','))`,
      [patientId],
    );
    expect(audit.map((r) => r.action)).toContain('ehr.GetFhirChart');
  });

  it('gives an empty record a summary whose required sections say why they are empty', async () => {
    const answer = await fhir<Bundle>(`/Patient/${emptyPatientId}/$summary`);
    expect(answer.status).toBe(200);
    assertValidBundle(answer.body);
    const composition = answer.body.entry![0]!.resource as unknown as Composition;
    expect(composition.section.map((s) => s.code.coding[0]!.code)).toEqual(['11450-4', '48765-2', '10160-0']);
    for (const s of composition.section) {
      expect(s.entry).toBeUndefined();
      expect(s.emptyReason!.coding[0]!.code).toBe('unavailable');
      expect(s.text.div).toMatch(/No .* recorded/);
    }
    expect(answer.body.entry!.map((e) => e.resource.resourceType)).toEqual(['Composition', 'Patient', 'Organization']);
  });

  it('reads and searches care plans, goals and the hospital as an Organization', async () => {
    const plan = await fhir<{ status: string; goal: { reference: string }[]; addresses: { reference: string }[] }>(
      `/CarePlan/${planId}`,
    );
    expect(plan.status).toBe(200);
    assertValidFhir(plan.body);
    expect(plan.body).toMatchObject({ status: 'active', addresses: [{ reference: `Condition/${conditionId}` }] });
    expect(plan.body.goal).toHaveLength(2);
    const goalId = plan.body.goal[0]!.reference.split('/')[1]!;
    const goal = await fhir<{ target: { detailQuantity: unknown }[] }>(`/Goal/${goalId}`);
    expect(goal.status).toBe(200);
    assertValidFhir(goal.body);
    expect(goal.body.target[0]!.detailQuantity).toMatchObject({ value: 37.5, comparator: '<', code: 'Cel' });

    const plans = await fhir<Bundle>(`/CarePlan?patient=${patientId}&status=active&goal=Goal/${goalId}`);
    expect(plans.body.total).toBe(1);
    assertValidBundle(plans.body);
    const goals = await fhir<Bundle>(`/Goal?subject=Patient/${patientId}&lifecycle-status=active`);
    expect(goals.body.total).toBe(2);
    assertValidBundle(goals.body);
    expect((await fhir<Bundle>(`/CarePlan?patient=${patientId}&status=completed`)).body.total).toBe(0);

    const organization = await fhir<{ name: string }>('/Organization/hospital');
    expect(organization.status).toBe(200);
    assertValidFhir(organization.body);
    const byName = await fhir<Bundle>('/Organization?name=hosp');
    expect(byName.body.entry?.map((e) => e.resource.id)).toEqual(['hospital']);
    assertValidBundle(byName.body);
    expect((await fhir<Bundle>('/Organization?name=clinic')).body.total).toBe(0);
    expect((await fhir<Outcome>('/Organization/elsewhere')).status).toBe(404);
  });

  it('reads and searches practitioners and their roles from the staff directory', async () => {
    const practitioner = await fhir<{
      identifier: unknown[];
      name: { family: string }[];
      qualification: { code: { text: string } }[];
    }>(`/Practitioner/${employeeId}`);
    expect(practitioner.status).toBe(200);
    assertValidFhir(practitioner.body);
    expect(practitioner.body).toMatchObject({
      active: true,
      identifier: [{ system: 'urn:hms:staff-number', value: 'FHIR-7' }],
      name: [{ family: 'Practiceton', given: ['Ada'] }],
      qualification: [{ code: { text: 'GMC: cardiology' }, period: { start: '2020-01-01', end: '2099-12-31' } }],
    });
    // The directory permission shows no registration number, contact or pay.
    expect(practitioner.text).not.toMatch(/GMC-123456|ada\.practiceton|9000000/);

    const byName = await fhir<Bundle>('/Practitioner?name=practice&active=true');
    expect(byName.body.entry?.map((e) => e.resource.id)).toEqual([employeeId]);
    assertValidBundle(byName.body);
    const byNumber = await fhir<Bundle>('/Practitioner?identifier=urn:hms:staff-number|FHIR-7');
    expect(byNumber.body.total).toBe(1);
    expect((await fhir<Bundle>('/Practitioner?family=nobody')).body.total).toBe(0);

    const role = await fhir<{ code: { text: string }[]; specialty: { text: string }[] }>(
      `/PractitionerRole/${employeeId}`,
    );
    expect(role.status).toBe(200);
    assertValidFhir(role.body);
    expect(role.body).toMatchObject({
      active: true,
      practitioner: { reference: `Practitioner/${employeeId}` },
      code: [{ text: 'Consultant cardiologist' }],
      specialty: [{ text: 'Cardiology' }],
    });
    const roles = await fhir<Bundle>(`/PractitionerRole?practitioner=Practitioner/${employeeId}`);
    expect(roles.body.total).toBe(1);
    assertValidBundle(roles.body);
  });

  it('reads and searches appointments, with the practitioner from staff as a participant', async () => {
    const appointment = await fhir<{ status: string; participant: { actor: { reference?: string } }[] }>(
      `/Appointment/${appointmentId}`,
    );
    expect(appointment.status).toBe(200);
    assertValidFhir(appointment.body);
    expect(appointment.body).toMatchObject({ status: 'booked', appointmentType: { text: 'consultation' } });
    const practitioner = appointment.body.participant.find((p) => p.actor.reference?.startsWith('Practitioner/'));
    expect((await fhir(`/${practitioner!.actor.reference!}`)).status).toBe(200);

    const found = await fhir<Bundle>(
      `/Appointment?patient=${patientId}&practitioner=Practitioner/${employeeId}&status=booked&date=ge2000-01-01`,
    );
    expect(found.body.entry?.map((e) => e.resource.id)).toEqual([appointmentId]);
    assertValidBundle(found.body);
    expect((await fhir<Bundle>(`/Appointment?patient=${patientId}&status=cancelled`)).body.total).toBe(0);
  });

  it('reads and searches wards and beds as Locations, without their occupants', async () => {
    const ward = await fhir<{ name: string; physicalType: unknown }>(`/Location/${wardId}`);
    expect(ward.status).toBe(200);
    assertValidFhir(ward.body);
    expect(ward.body).toMatchObject({
      name: 'Fhir ward',
      identifier: [{ system: 'urn:hms:ward-code', value: 'FHIR1' }],
      physicalType: { coding: [{ code: 'wa' }] },
    });
    const bed = await fhir(`/Location/${bedIds[0]}`);
    expect(bed.status).toBe(200);
    assertValidFhir(bed.body);
    expect(bed.body).toMatchObject({
      partOf: { reference: `Location/${wardId}` },
      operationalStatus: { code: 'U' },
      physicalType: { coding: [{ code: 'bd' }] },
    });
    const beds = await fhir<Bundle>(`/Location?partof=Location/${wardId}&operational-status=U`);
    expect(beds.body.entry?.map((e) => e.resource.id).sort()).toEqual([...bedIds].sort());
    assertValidBundle(beds.body);
    const wards = await fhir<Bundle>('/Location?physical-type=wa&identifier=urn:hms:ward-code|FHIR1');
    expect(wards.body.entry?.map((e) => e.resource.id)).toEqual([wardId]);
  });

  describe('importing a bundle, as a dry run', () => {
    const FHIR_JSON = { 'content-type': 'application/fhir+json' };
    const importing = (body: unknown, query = '?_dryRun=true') =>
      http.call<Outcome & { issue: { expression?: string[] }[] }>('POST', `/fhir/R4${query}`, {
        token: admin,
        body,
        headers: FHIR_JSON,
      });
    const NEW_PATIENT = 'urn:uuid:5f0c6b1e-1d2c-4b3a-9e8f-7a6b5c4d3e2f';
    const bundle = () => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:0a0b0c0d-0000-4000-8000-000000000001',
          resource: { resourceType: 'Patient', identifier: [{ system: 'urn:hms:mrn', value: mrn }] },
        },
        {
          fullUrl: NEW_PATIENT,
          resource: {
            resourceType: 'Patient',
            identifier: [{ system: 'urn:oid:1.2.3.4', value: 'NEW-1' }],
            name: [{ family: 'Importson', given: ['Ida'] }],
            birthDate: '1980-02-03',
          },
        },
        {
          resource: {
            resourceType: 'Condition',
            subject: { reference: NEW_PATIENT },
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9' }] },
          },
        },
        {
          resource: {
            resourceType: 'Observation',
            status: 'final',
            subject: { reference: `Patient/${patientId}` },
            code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
            valueQuantity: { value: 64, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
          },
        },
        {
          resource: {
            resourceType: 'Condition',
            subject: { reference: NEW_PATIENT },
            code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006' }] },
          },
        },
        {
          resource: {
            resourceType: 'Immunization',
            status: 'completed',
            vaccineCode: { text: 'Influenza' },
            patient: { reference: NEW_PATIENT },
            occurrenceDateTime: '2025-10-01',
          },
        },
      ],
    });

    it('reports what would be created, matched and not mappable, writing nothing', async () => {
      const answer = await importing(bundle());
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('application/fhir+json');
      assertValidFhir(answer.body);
      const [summary, ...entries] = answer.body.issue;
      expect(summary!.details.text).toMatch(/nothing was written.*6 entries, 3 would be created, 1 matched/i);
      expect(entries.map((i) => [i.expression![0], i.details.coding[0]!.code])).toEqual([
        ['Bundle.entry[0]', 'matched'],
        ['Bundle.entry[1]', 'would-create'],
        ['Bundle.entry[2]', 'would-create'],
        ['Bundle.entry[3]', 'would-create'],
        ['Bundle.entry[4]', 'not-mappable'],
        ['Bundle.entry[5]', 'not-mappable'],
      ]);
      expect(entries[0]!.details.text).toContain(`Patient/${patientId}`);
      expect(entries[4]!.details.text).toContain('ICD-10');
      expect(entries[5]!.details.text).toContain('Immunization');
      const imported = await fhir<Bundle>('/Patient?identifier=urn:oid:1.2.3.4|NEW-1');
      expect(imported.body.total).toBe(0);
      const observations = await fhir<Bundle>(`/Observation?patient=${patientId}`);
      expect(observations.body.total).toBe(7);
    });

    it('refuses an invalid bundle with 400 naming each problem, and an unclear _dryRun, before reading anything', async () => {
      const invalid = bundle();
      (invalid.entry[1]!.resource as Record<string, unknown>)['birthDate'] = 'yesterday';
      delete (invalid.entry[3]!.resource as Record<string, unknown>)['status'];
      const answer = await importing(invalid);
      expect(answer.status).toBe(400);
      assertValidFhir(answer.body);
      const texts = answer.body.issue.map((i) => i.details.text);
      expect(texts).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Bundle\.entry\[1\]\.resource Patient\.birthDate: /),
          expect.stringMatching(/^Bundle\.entry\[3\]\.resource Observation\.status: /),
        ]),
      );
      expect(answer.body.issue.every((i) => i.details.coding[0]!.code === 'FHIR_IMPORT_INVALID')).toBe(true);

      const unclear = await importing(bundle(), '?_dryRun=maybe');
      expect(unclear.status).toBe(400);
      expect(unclear.body.issue[0]!.details.coding[0]!.code).toBe('FHIR_IMPORT_INVALID');
      const notABundle = await importing({ resourceType: 'Patient' });
      expect(notABundle.body.issue[0]!.details.coding[0]!.code).toBe('FHIR_IMPORT_INVALID');
      const malformed = await http.call<Outcome>('POST', '/fhir/R4?_dryRun=true', {
        token: admin,
        rawBody: '{"resourceType": "Bundle",',
        headers: FHIR_JSON,
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.resourceType).toBe('OperationOutcome');
      assertValidFhir(malformed.body);
    });
  });

  it('refuses in OperationOutcomes with the right status, never a 500', async () => {
    const cases: [string, string | null, number, string][] = [
      ['/Foo?patient=x', admin, 404, 'FHIR_TYPE_NOT_SUPPORTED'],
      [`/Condition/${'0'.repeat(8)}-0000-4000-8000-000000000000`, admin, 404, 'CHART_ENTRY_NOT_FOUND'],
      ['/Patient/not-a-uuid', admin, 404, 'FHIR_RESOURCE_NOT_FOUND'],
      [`/Observation?patient=${patientId}&colour=red`, admin, 400, 'FHIR_SEARCH_INVALID'],
      [`/Observation?patient=${patientId}&date=yesterday`, admin, 400, 'FHIR_SEARCH_INVALID'],
      [`/Observation?patient=${patientId}&_count=many`, admin, 400, 'FHIR_SEARCH_INVALID'],
      ['/Observation?code=8867-4', admin, 400, 'FHIR_PATIENT_REQUIRED'],
      ['/Patient', admin, 400, 'FHIR_SEARCH_TOO_BROAD'],
      [`/Patient/${patientId}/$summary?profile=x`, admin, 400, 'FHIR_SEARCH_INVALID'],
      ['/Organization?colour=red', admin, 400, 'FHIR_SEARCH_INVALID'],
      ['/Practitioner?active=true', admin, 400, 'FHIR_SEARCH_TOO_BROAD'],
      ['/PractitionerRole', admin, 400, 'FHIR_SEARCH_TOO_BROAD'],
      ['/Appointment?status=booked', admin, 400, 'FHIR_PATIENT_REQUIRED'],
      [`/Location/${'0'.repeat(8)}-0000-4000-8000-000000000000`, admin, 404, 'FHIR_RESOURCE_NOT_FOUND'],
      [`/Practitioner/${'0'.repeat(8)}-0000-4000-8000-000000000000`, admin, 404, 'EMPLOYEE_NOT_FOUND'],
      [`/Condition/${conditionId}/_history`, admin, 404, 'FHIR_INTERACTION_NOT_SUPPORTED'],
      [`/Patient/${patientId}`, null, 401, 'AUTHENTICATION_REQUIRED'],
    ];
    for (const [path, token, status, code] of cases) {
      const answer = await fhir<Outcome>(path, token);
      expect({ path, status: answer.status }).toEqual({ path, status });
      expect(answer.headers.get('content-type')).toContain('application/fhir+json');
      expect(answer.body.resourceType).toBe('OperationOutcome');
      expect(answer.body.issue[0]!.details.coding[0]!.code).toBe(code);
      assertValidFhir(answer.body);
    }
    const write = await http.call<Outcome>('POST', '/fhir/R4/Patient', {
      token: admin,
      body: { resourceType: 'Patient' },
    });
    expect(write.status).toBe(405);
    assertValidFhir(write.body);
  });

  it('refuses a clinician without a care relationship with 403 and nothing of the record, audited', async () => {
    const paths = [
      `/Condition/${conditionId}`,
      `/Observation?patient=${patientId}`,
      `/DocumentReference/${noteId}`,
      `/Patient/${patientId}/$everything`,
      `/Patient/${patientId}/$summary`,
      `/CarePlan/${planId}`,
    ];
    for (const path of paths) {
      const answer = await fhir<Outcome>(path, stranger);
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      expect(answer.body.issue[0]).toMatchObject({
        code: 'forbidden',
        details: { coding: [{ code: 'CARE_RELATIONSHIP_REQUIRED' }] },
      });
      expect(answer.text).not.toMatch(/J18\.9|8867-4|Penicillin|chest|Fhirson|pneumonia/);
      assertValidFhir(answer.body);
    }
    const denied = await api.kernel.db.query<{ action: string }>(
      `SELECT action FROM core.audit_log WHERE actor_id = $1 AND outcome = 'denied' AND details->>'askedBy' = 'fhir'`,
      [strangerId],
    );
    expect(denied.map((r) => r.action)).toEqual(
      expect.arrayContaining(['ehr.FindFhirChartEntry', 'ehr.GetFhirChart', 'ehr.FindFhirNote']),
    );
  });
});
