import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, registration } from './e2e-support';

interface Answer {
  position: string;
  full: boolean;
  rows: { id?: string; status?: string; occupant?: { patientId: string; familyName: string }; allergies?: unknown[] }[];
  rowKeys: string[];
  keys?: string[];
  streams?: string[];
}

/**
 * The built-in replicas over HTTP with the real plugins: the ward board sends only the beds an admission or a name
 * change touched, nothing for another ward's events, and a chart only for events on its own chart stream.
 */
describe('the built-in replicas (adt.WardBoard, adt.PatientLocation, patient.Patient, ehr.Chart, inventory.LocationStock)', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_replicas');
    api = await startTestApi(database.url, { HMS_PLUGINS: 'patient,adt,ehr,inventory' });
    http = new HttpClient(api.url);
    token = await http.login('admin', ADMIN_PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await http.call<T>(method, path, { token, body });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.body;
  };
  const pull = (query: string): Promise<Answer> => call<Answer>('GET', `/api/sync/replicas/${query}`);
  const ward = async (code: string, beds: string[]) => {
    const { id } = await call<{ id: string }>('POST', '/api/wards', { code, name: code, specialty: 'Medicine', beds });
    const board = await call<{ beds: { id: string }[] }>('GET', `/api/wards/${id}/board`);
    return { id, beds: board.beds.map((b) => b.id) };
  };
  const admitted = async (familyName: string, wardId: string, bedId: string): Promise<string> => {
    const { id } = await call<{ id: string }>('POST', '/api/patients', registration({ familyName }));
    await call('POST', '/api/admissions', { patientId: id, wardId, bedId, reason: { category: 'emergency' } });
    return id;
  };

  it('sends the beds an admission or a name change touched, and nothing for another ward', async () => {
    const a = await ward('REPA', ['1', '2']);
    const b = await ward('REPB', ['1']);
    const first = await admitted('Firstbed', a.id, a.beds[0]!);
    const elsewhere = await admitted('Otherward', b.id, b.beds[0]!);
    const full = await pull(`adt.WardBoard?wardId=${a.id}`);
    expect(full).toMatchObject({ full: true, rowKeys: a.beds });
    expect(full.rows.map((r) => r.occupant?.familyName ?? r.status)).toEqual(['Firstbed', 'vacant']);
    const other = await pull(`adt.WardBoard?wardId=${b.id}`);

    await admitted('Secondbed', a.id, a.beds[1]!);
    await call('PATCH', `/api/patients/${first}`, { familyName: 'Renamed' });
    await call('POST', `/api/admissions/${elsewhere}/discharge`, { disposition: 'home' });
    const delta = await pull(`adt.WardBoard?wardId=${a.id}&since=${full.position}`);
    expect(delta.full).toBe(false);
    expect(delta.keys).toEqual(a.beds);
    expect(delta.rows.map((r) => [r.id, r.occupant?.familyName])).toEqual([
      [a.beds[0], 'Renamed'],
      [a.beds[1], 'Secondbed'],
    ]);

    const again = await pull(`adt.WardBoard?wardId=${a.id}&since=${delta.position}`);
    expect(again).toMatchObject({ full: false, rows: [] });
    expect(again.keys).toBeUndefined();
    const otherDelta = await pull(`adt.WardBoard?wardId=${b.id}&since=${other.position}`);
    expect(otherDelta.rows.map((r) => r.status)).toEqual(['vacant']); // the discharge emptied B's bed
  });

  it("sends a chart again only after an event on that patient's chart, and names its stream", async () => {
    const w = await ward('REPC', ['1', '2']);
    const mine = await admitted('Chartmine', w.id, w.beds[0]!);
    const theirs = await admitted('Charttheirs', w.id, w.beds[1]!);
    const first = await pull(`ehr.Chart?patientId=${mine}`);
    expect(first).toMatchObject({ full: true, rowKeys: ['answer'], streams: [`ehr.chart-${mine}`] });

    await call('POST', `/api/charts/${theirs}/allergies`, { substance: 'Latex', category: 'environment' });
    const unchanged = await pull(`ehr.Chart?patientId=${mine}&since=${first.position}`);
    expect(unchanged).toMatchObject({ full: false, rows: [] });

    await call('POST', `/api/charts/${mine}/allergies`, { substance: 'Codeine', category: 'medication' });
    const changed = await pull(`ehr.Chart?patientId=${mine}&since=${unchanged.position}`);
    expect(changed).toMatchObject({ full: false, rowKeys: ['answer'], keys: ['answer'] });
    expect(JSON.stringify(changed.rows[0]!.allergies)).toContain('Codeine');
  });

  it("keeps the banner's parts: the patient's identity and where they lie, sent again only when they change", async () => {
    const w = await ward('REPD', ['1', '2']);
    const patientId = await admitted('Okonkwo', w.id, w.beds[0]!);
    const neighbour = await admitted('Haddad', w.id, w.beds[1]!);
    const identity = await pull(`patient.Patient?patientId=${patientId}`);
    expect(identity).toMatchObject({ full: true, rowKeys: ['answer'], streams: [`patient.patient-${patientId}`] });
    expect(identity.rows).toEqual([expect.objectContaining({ familyName: 'Okonkwo' })]);
    const location = await pull(`adt.PatientLocation?patientId=${patientId}`);
    expect(location).toMatchObject({ full: true, rowKeys: [patientId] });
    expect(location.rows).toEqual([expect.objectContaining({ wardId: w.id, bedLabel: '1' })]);

    // The neighbour's rename and discharge change neither copy.
    await call('PATCH', `/api/patients/${neighbour}`, { familyName: 'Haddad-Salim' });
    await call('POST', `/api/admissions/${neighbour}/discharge`, { disposition: 'home' });
    expect(await pull(`patient.Patient?patientId=${patientId}&since=${identity.position}`)).toMatchObject({
      full: false,
      rows: [],
    });
    const stillThere = await pull(`adt.PatientLocation?patientId=${patientId}&since=${location.position}`);
    expect(stillThere).toMatchObject({ full: false, rows: [] });

    // Their own rename and transfer do; after discharge the location copy holds no row.
    await call('PATCH', `/api/patients/${patientId}`, { familyName: 'Okonkwo-Bello' });
    const renamed = await pull(`patient.Patient?patientId=${patientId}&since=${identity.position}`);
    expect(renamed.rows).toEqual([expect.objectContaining({ familyName: 'Okonkwo-Bello' })]);
    await call('POST', `/api/admissions/${patientId}/transfer`, {
      toWardId: w.id,
      toBedId: w.beds[1]!,
      reason: { category: 'clinical-need' },
    });
    const moved = await pull(`adt.PatientLocation?patientId=${patientId}&since=${stillThere.position}`);
    expect(moved.rows).toEqual([expect.objectContaining({ bedLabel: '2' })]);
    await call('POST', `/api/admissions/${patientId}/discharge`, { disposition: 'home' });
    const gone = await pull(`adt.PatientLocation?patientId=${patientId}&since=${moved.position}`);
    expect(gone).toMatchObject({ full: false, rows: [], keys: [] });
  });

  it("sends a store's items that moved there, and nothing for another store", async () => {
    const store = await call<{ id: string }>('POST', '/api/inventory/locations', {
      code: 'WS-R',
      name: 'Ward store R',
    });
    const other = await call<{ id: string }>('POST', '/api/inventory/locations', {
      code: 'WS-S',
      name: 'Ward store S',
    });
    const item = async (code: string, name: string) =>
      (await call<{ id: string }>('POST', '/api/inventory/items', { code, name, category: 'supply', unit: 'each' })).id;
    const gloves = await item('GLV-R', 'Gloves');
    const swabs = await item('SWB-R', 'Swabs');
    const reorder = (itemId: string, locationId: string, reorderLevel: number) =>
      call('PUT', `/api/inventory/items/${itemId}/locations/${locationId}/reorder-level`, {
        reorderLevel,
        reorderQuantity: 50,
      });
    await reorder(gloves, store.id, 10);
    await reorder(swabs, store.id, 20);
    const full = await pull(`inventory.LocationStock?locationId=${store.id}`);
    expect(full).toMatchObject({ full: true, rowKeys: [gloves, swabs] });

    await reorder(gloves, other.id, 5);
    const unchanged = await pull(`inventory.LocationStock?locationId=${store.id}&since=${full.position}`);
    expect(unchanged).toMatchObject({ full: false, rows: [] });

    await reorder(swabs, store.id, 30);
    const changed = await pull(`inventory.LocationStock?locationId=${store.id}&since=${unchanged.position}`);
    expect(changed).toMatchObject({ full: false, rowKeys: [swabs], keys: [gloves, swabs] });
    expect(changed.rows).toEqual([expect.objectContaining({ itemId: swabs, reorderLevel: 30 })]);
  });
});
