import { randomUUID } from 'node:crypto';
import { bootKernel } from '@hms/core';
import {
  connectCollabClient,
  createTestDatabase,
  insertCollabParagraph,
  waitUntil,
  type CollabClient,
  type TestDatabase,
} from '@hms/core/testing';
import { readPdf } from '@hms/sdk/testing';
import { INSTALLED_PLUGINS } from '@hms/installed-plugins';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, registration, ServerProcess } from './e2e-support';

/**
 * The EHR through the compiled API: problem+json refusals, idempotency, a note co-edited over y-websocket, signed, and
 * a PDF.
 */
describe('the clinical record over HTTP', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let http: HttpClient;
  let token: string;
  let patientId: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    assertServerBuilt();
    database = await createTestDatabase('hms_e2e_ehr');
    server = await ServerProcess.start({
      DATABASE_URL: database.url,
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: 'warn',
    });
    http = new HttpClient(server.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    const patient = await http.call<{ id: string }>('POST', '/api/patients', {
      token,
      body: registration({ familyName: 'Chartson' }),
    });
    patientId = patient.body.id;
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server?.kill();
    await database?.drop();
  });

  it('refuses a unit that does not fit the LOINC code with 422 problem+json naming the allowed units', async () => {
    const answer = await http.call('POST', `/api/charts/${patientId}/observations`, {
      token,
      body: { code: '8867-4', value: 72, unit: 'kg' },
    });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      code: 'UNIT_NOT_ALLOWED',
      detail: 'Heart rate (8867-4) is recorded in /min, not kg.',
    });
  });

  it('refuses a prescription that matches an active allergy or order with 422 problem+json, then takes the override', async () => {
    const allergy = await http.call<{ allergyId: string }>('POST', `/api/charts/${patientId}/allergies`, {
      token,
      body: { substance: 'Amoxicillin', type: 'allergy', category: 'medication', criticality: 'high' },
    });
    const dosage = { dose: '500 mg', route: 'oral', frequency: 'three times daily' };
    const prescribe = (body: Record<string, unknown>) =>
      http.call<Record<string, unknown>>('POST', `/api/charts/${patientId}/medications`, {
        token,
        body: { medication: 'Amoxicillin 500 mg capsule', dosage, ...body },
      });
    const refused = await prescribe({});
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'ALLERGY_CONFLICT',
      details: { allergyIds: [allergy.body.allergyId], medicationIds: [] },
    });
    expect(JSON.stringify(refused.body)).not.toContain('Amoxicillin');

    const override = {
      allergyIds: [allergy.body.allergyId],
      medicationIds: [],
      reason: 'Tolerated it under observation',
    };
    const first = await prescribe({ override });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ override });

    const duplicate = await prescribe({ override });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toMatchObject({
      code: 'DUPLICATE_MEDICATION',
      details: { allergyIds: [], medicationIds: [first.body['medicationId']] },
    });
  });

  it('refuses a note for a patient id the patient module does not know with 404 problem+json, writing nothing', async () => {
    const unknown = randomUUID();
    const answer = await http.call('POST', '/api/notes', { token, body: { patientId: unknown } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'PATIENT_NOT_FOUND' });
    const notes = await http.call<{ items: unknown[] }>('GET', `/api/notes?patientId=${unknown}`, { token });
    expect(notes.body.items).toEqual([]);
  });

  it('records a vital sign once for a retried Idempotency-Key, and shows it in the chart', async () => {
    const key = randomUUID();
    const body = { code: '8310-5', value: 37.9, unit: 'Cel' };
    const first = await http.call('POST', `/api/charts/${patientId}/observations`, {
      token,
      body,
      headers: { 'idempotency-key': key },
    });
    const retry = await http.call('POST', `/api/charts/${patientId}/observations`, {
      token,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const chart = await http.call<{ vitals: { code: string; value: number }[] }>('GET', `/api/charts/${patientId}`, {
      token,
    });
    expect(chart.body.vitals).toEqual([expect.objectContaining({ code: '8310-5', value: 37.9 })]);
  });

  it('signs a note co-edited with the stock y-websocket client, and prints it in the visit summary PDF', async () => {
    const encounter = await http.call<{ encounterId: string }>('POST', '/api/encounters', {
      token,
      body: { patientId, class: 'outpatient' },
    });
    expect(encounter.status).toBe(201);
    const { encounterId } = encounter.body;
    const note = await http.call<{ id: string }>('POST', '/api/notes', { token, body: { patientId, encounterId } });
    expect(note.status).toBe(201);
    const editor = connectCollabClient(server.url, note.body.id, token);
    clients.push(editor);
    await waitUntil('synced', () => editor.provider.synced);
    insertCollabParagraph(editor.doc, 'Febrile, chest clear.');
    insertCollabParagraph(editor.doc, 'Plan: fluids, review tomorrow.');
    const text = 'Febrile, chest clear.\nPlan: fluids, review tomorrow.';
    await waitUntil(
      'persisted',
      async () =>
        (await http.call<{ text: string }>('GET', `/api/notes/${note.body.id}`, { token })).body.text === text,
    );

    const signed = await http.call('POST', `/api/notes/${note.body.id}/sign`, { token, body: {} });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', signedVersion: 1, text });
    expect((await http.call('POST', `/api/notes/${note.body.id}/sign`, { token, body: {} })).status).toBe(422);
    expect((await http.call('POST', `/api/encounters/${encounterId}/close`, { token, body: {} })).status).toBe(200);

    const response = await fetch(`${server.url}/api/encounters/${encounterId}/summary.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.title).toBe('Visit summary');
    const texts = pdf.pageTexts.flat();
    expect(texts).toEqual(
      expect.arrayContaining(['Signed notes', 'Febrile, chest clear.', 'Plan: fluids, review tomorrow.']),
    );
    // The same summary for a reader who asked for Portuguese: the fixed words and dates in it, the record as written.
    const inPortuguese = await fetch(
      `${server.url}/api/encounters/${encounterId}/summary.pdf?timeZone=America/Sao_Paulo`,
      {
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'pt-BR,pt;q=0.9' },
      },
    );
    expect(inPortuguese.status).toBe(200);
    const pt = readPdf(Buffer.from(await inPortuguese.arrayBuffer()));
    expect(pt.title).toBe('Resumo do atendimento');
    const ptTexts = pt.pageTexts.flat();
    expect(ptTexts).toEqual(
      expect.arrayContaining(['Diagnósticos', 'Evoluções assinadas', 'Febrile, chest clear.', 'Página 1 de 1']),
    );
    // "Atendimento ambulatorial <id>, de 8 de dez. de 2026, 00:16 a … (horários em America/Sao_Paulo)", cut to fit.
    expect(
      ptTexts.some((line) => /^Atendimento ambulatorial .*, de \d{1,2} de .+ de \d{4}, \d\d:\d\d a /.test(line)),
    ).toBe(true);
    expect(ptTexts).not.toContain('Signed notes');
  });

  it('audits every read and write of the chart with the patient id only', async () => {
    const kernel = await bootKernel({
      installed: INSTALLED_PLUGINS,
      selection: 'all',
      database: { kind: 'server', url: database.url },
      poolSize: 2,
    });
    try {
      const rows = await kernel.db.query<{ action: string }>(
        'SELECT DISTINCT action FROM core.audit_log WHERE $1 = ANY(patient_ids)',
        [patientId],
      );
      expect(rows.map((r) => r.action)).toEqual(
        expect.arrayContaining([
          'ehr.RecordObservation',
          'ehr.GetChart',
          'ehr.CreateNote',
          'ehr.SignNote',
          'ehr.GetEncounterSummary',
        ]),
      );
    } finally {
      await kernel.close();
    }
  });
});
