import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * Clinical notes in a real browser against the real server with the EHR enabled: two clinicians co-editing one
 * note, writing offline, a note started offline, and a registration and a note's line made in one offline spell.
 * Invented people and text only.
 */
let patientId: string;

jest.setTimeout(60_000); // four browser sessions at most per test, on a shared machine

const NURSE = { username: 'nina.nurse', password: 'e2e-nurse-password-123', displayName: 'Nina Nurse' };
const STUDENT = { username: 'sam.student', password: 'e2e-student-password-123', displayName: 'Sam Student' };
const LIVE = 'Live: saved as you type';

const suite = e2eSuite('hms_e2e_web_notes', 'patient,ehr');
let server: ServerProcess;
let http: HttpClient;
let token: string;

const signedIn = (username: string, password: string): Promise<Page> => suite().signedIn(username, password);

async function openNote(page: Page, noteId: string): Promise<void> {
  await page.goto(`${server.url}/notes/${noteId}`);
  await page.getByText(LIVE).waitFor();
}

/** Types at the end of the note, on a new line unless the note is empty. */
async function typeLine(page: Page, words: string): Promise<void> {
  const text = page.getByRole('textbox', { name: 'Text of the note' });
  await text.focus();
  await page.keyboard.press('Control+End'); // the editor's own command: the caret is at the end before Enter
  if (((await text.textContent()) ?? '').trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(words);
}

async function serverText(noteId: string): Promise<string> {
  const answer = await http.call<{ text: string }>('GET', `/api/notes/${noteId}`, { token });
  expect(answer.status).toBe(200);
  return answer.body.text;
}

/** Waits until the server's text of the note holds every one of `lines`. */
async function serverHas(noteId: string, lines: string[]): Promise<string> {
  let text = '';
  for (let tries = 0; tries < 100; tries++) {
    text = await serverText(noteId);
    if (lines.every((line) => text.includes(line))) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server's note never held ${JSON.stringify(lines)}; it holds ${JSON.stringify(text)}`);
}

const occurrences = (text: string, line: string) => text.split(line).length - 1;

async function patientsNamed(familyName: string): Promise<{ id: string; givenName: string }[]> {
  const answer = await http.call<{ items: { id: string; givenName: string }[] }>('POST', '/api/patients/search', {
    token,
    body: { q: familyName, limit: 50 },
  });
  expect(answer.status).toBe(200);
  return answer.body.items;
}

async function newNote(title: string): Promise<string> {
  const answer = await http.call<{ id: string }>('POST', '/api/notes', { token, body: { patientId, title } });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

beforeAll(async () => {
  ({ server, http, token } = suite());
  const role = await http.call('PUT', '/api/admin/roles/e2e-ward-nurse', {
    token,
    body: {
      description: 'Ward nurse (e2e)',
      permissions: ['patient:record:read', 'ehr:chart:read', 'ehr:note:read', 'ehr:note:write'],
    },
  });
  expect(role.status).toBeLessThan(300);
  const patient = await http.call<{ id: string }>('POST', '/api/patients', {
    token,
    body: { givenName: 'Nora', familyName: 'Notewell', birthDate: '1961-03-14', gender: 'female' },
  });
  patientId = patient.body.id;
  for (const person of [NURSE, STUDENT]) {
    const account = await http.call<{ id: string }>('POST', '/api/admin/accounts', {
      token,
      body: { ...person, roles: ['e2e-ward-nurse'] },
    });
    expect(account.status).toBe(201);
    // Under the default care-relationship policy a nurse reaches only the patients they care for.
    const grant = await http.call('POST', '/api/access/grants', {
      token,
      body: {
        patientId,
        accountId: account.body.id,
        until: new Date(Date.now() + 8 * 3_600_000).toISOString(),
        reason: 'Looking after this patient today',
      },
    });
    expect(grant.status).toBe(201);
  }
});

describe('clinical notes in Chromium', () => {
  it("lets two clinicians co-edit a note, each seeing the other's text and cursor, then a physician signs and amends it", async () => {
    const doctor = await signedIn('admin', ADMIN_PASSWORD);
    await doctor.goto(`${server.url}/patients/${patientId}`);
    await doctor.getByLabel('Title of the new note').fill('Ward round');
    await doctor.getByRole('button', { name: 'New note' }).click();
    await doctor.getByText(LIVE).waitFor();
    const noteId = new URL(doctor.url()).pathname.split('/').pop()!;
    expect(noteId).toMatch(/^[0-9a-f-]{36}$/);

    const nurse = await signedIn(NURSE.username, NURSE.password);
    await openNote(nurse, noteId);
    await typeLine(doctor, 'Dr: chest clear, afebrile.');
    await nurse.getByText('Dr: chest clear, afebrile.').waitFor();
    await typeLine(nurse, 'Nurse: obs stable overnight.');
    await doctor.getByText('Nurse: obs stable overnight.').waitFor();

    // A third colleague puts the cursor at the end of the first line: the physician sees both cursors, by name.
    const student = await signedIn(STUDENT.username, STUDENT.password);
    await openNote(student, noteId);
    await student.getByText('Dr: chest clear, afebrile.').click();
    await student.keyboard.press('End');
    const present = doctor.getByRole('list', { name: 'In this note now' });
    await present.getByText('Sam Student').waitFor();
    expect(await present.getByRole('listitem').allTextContents()).toEqual([
      'Administrator (you)',
      'Nina Nurse',
      'Sam Student',
    ]);
    await doctor.locator('.ProseMirror-yjs-cursor', { hasText: 'Nina Nurse' }).waitFor();
    await doctor.locator('.ProseMirror-yjs-cursor', { hasText: 'Sam Student' }).waitFor();
    await nurse.locator('.ProseMirror-yjs-cursor', { hasText: 'Administrator' }).waitFor();
    await screenshot(doctor, 'note-co-editing');

    const text = await serverHas(noteId, ['Dr: chest clear, afebrile.', 'Nurse: obs stable overnight.']);
    expect(text.split('\n')).toEqual(['Dr: chest clear, afebrile.', 'Nurse: obs stable overnight.']);

    // The nurse may not sign; the physician signs, and both screens become read only.
    expect(await nurse.getByRole('button', { name: 'Sign the note' }).count()).toBe(0);
    await nurse.getByText('Only a physician may sign notes.').waitFor();
    await doctor.getByRole('button', { name: 'Sign the note' }).click();
    await doctor.getByText('The note is signed.').waitFor();
    await doctor.getByTestId('content-hash').waitFor();
    await nurse.locator('.badge.signed').waitFor();
    await nurse.getByRole('textbox', { name: 'Text of the note (signed, read only)' }).waitFor();
    expect(await nurse.getByRole('textbox').first().getAttribute('contenteditable')).toBe('false');
    const shownHash = await doctor.getByTestId('content-hash').getAttribute('title');
    expect(shownHash).toBe(
      createHash('sha256')
        .update(await serverText(noteId), 'utf8')
        .digest('hex'),
    );

    // An amendment with a reason reopens it for both; signing again records what it amends and why.
    await doctor.getByLabel('Reason for the amendment').fill('Add the evening plan');
    await doctor.getByRole('button', { name: 'Start the amendment' }).click();
    await doctor.getByText('The note is open for amendment.').waitFor();
    await nurse.locator('.badge.amending').waitFor();
    await typeLine(nurse, 'Nurse: evening plan agreed.');
    await serverHas(noteId, ['Nurse: evening plan agreed.']);
    await doctor.getByText('Nurse: evening plan agreed.').waitFor();
    await doctor.getByRole('button', { name: 'Sign the note' }).click();
    await doctor.getByText('Amends signed version 1: Add the evening plan').waitFor();
    await doctor.getByText(/^Signed .* \(version 2\)$/).waitFor();
  });

  it("keeps a clinician writing offline; back online, the server has both sides' text exactly once", async () => {
    const noteId = await newNote('Evening review');
    const doctor = await signedIn('admin', ADMIN_PASSWORD);
    const nurse = await signedIn(NURSE.username, NURSE.password);
    await openNote(doctor, noteId);
    await openNote(nurse, noteId);
    await typeLine(doctor, 'Seen at 18:00.');
    await nurse.getByText('Seen at 18:00.').waitFor();

    await doctor.context().setOffline(true);
    await doctor.getByText(/^Offline: what you write is kept/).waitFor();
    await typeLine(doctor, 'Offline: abdomen soft, non-tender.');
    await typeLine(nurse, 'Online: fluids running at 80 ml/h.');
    const meanwhile = await serverHas(noteId, ['Online: fluids running at 80 ml/h.']);
    expect(meanwhile).not.toContain('abdomen soft');
    expect(await doctor.getByText('Online: fluids running at 80 ml/h.').count()).toBe(0); // not while offline

    await doctor.context().setOffline(false);
    await doctor.getByText(LIVE).waitFor();
    const merged = await serverHas(noteId, [
      'Offline: abdomen soft, non-tender.',
      'Online: fluids running at 80 ml/h.',
    ]);
    for (const line of ['Seen at 18:00.', 'Offline: abdomen soft, non-tender.', 'Online: fluids running at 80 ml/h.']) {
      expect(occurrences(merged, line)).toBe(1);
    }
    await nurse.getByText('Offline: abdomen soft, non-tender.').waitFor();
    await doctor.getByText('Online: fluids running at 80 ml/h.').waitFor();
  });

  it('tells a clinician whose offline writing arrives after the note was signed, and keeps those words to copy', async () => {
    const noteId = await newNote('Discharge check');
    const writer = await signedIn('admin', ADMIN_PASSWORD);
    const signer = await signedIn('admin', ADMIN_PASSWORD);
    await openNote(writer, noteId);
    await openNote(signer, noteId);
    await typeLine(writer, 'Ready for discharge.');
    await serverHas(noteId, ['Ready for discharge.']);

    await writer.context().setOffline(true);
    await writer.getByText(/^Offline: what you write is kept/).waitFor();
    await typeLine(writer, 'Late addition: GP letter sent.');
    await signer.getByRole('button', { name: 'Sign the note' }).click();
    await signer.getByText('The note is signed.').waitFor();

    await writer.context().setOffline(false);
    await writer
      .getByText('This note was signed meanwhile, so your last changes were not added.', { exact: false })
      .waitFor();
    expect(await writer.getByLabel('The note as this computer had it', { exact: false }).inputValue()).toBe(
      'Ready for discharge.\nLate addition: GP letter sent.',
    );
    await writer.getByRole('textbox', { name: 'Text of the note (signed, read only)' }).waitFor();
    expect(await serverText(noteId)).toBe('Ready for discharge.');
  });

  it('sends what was written offline in a note that was then left, once back online, without opening it again', async () => {
    const noteId = await newNote('Fluid balance');
    const nurse = await signedIn('admin', ADMIN_PASSWORD);
    await openNote(nurse, noteId);
    await typeLine(nurse, 'Input 1.2 L by 14:00.');
    await serverHas(noteId, ['Input 1.2 L by 14:00.']);

    await nurse.context().setOffline(true);
    await nurse.getByText(/^Offline: what you write is kept/).waitFor();
    await typeLine(nurse, 'Offline: output 0.8 L.');
    await nurse.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Patients' }).click();
    await nurse.waitForURL(/\/patients$/);
    await nurse.getByRole('status').getByText('1 note with writing not yet sent').waitFor();
    expect(await serverText(noteId)).toBe('Input 1.2 L by 14:00.');

    await nurse.context().setOffline(false);
    const text = await serverHas(noteId, ['Offline: output 0.8 L.']);
    expect(text.split('\n')).toEqual(['Input 1.2 L by 14:00.', 'Offline: output 0.8 L.']);
    await nurse.getByRole('status').getByText('Everything is sent').waitFor();
    expect(nurse.url()).toMatch(/\/patients$/);
  });

  it('starts a note offline and, back online, the server has the note with its text once', async () => {
    const doctor = await signedIn('admin', ADMIN_PASSWORD);
    await doctor.goto(`${server.url}/patients/${patientId}`);
    const list = doctor.getByRole('list', { name: 'Clinical notes of this patient' });
    await list.getByText('Ward round').waitFor();
    await newNote('Physiotherapy'); // a colleague's new note shows without a reload
    await list.getByText('Physiotherapy').waitFor();
    await doctor.context().setOffline(true);
    await doctor.getByText('Offline', { exact: true }).waitFor();
    await doctor.getByLabel('Title of the new note').fill('Night note');
    await doctor.getByRole('button', { name: 'New note' }).click();
    await doctor.getByText(/^This note is not on the server yet/).waitFor();
    await typeLine(doctor, 'Written without the network.');
    const listed = async () =>
      (
        await http.call<{ items: { id: string; title: string }[] }>('GET', `/api/notes?patientId=${patientId}`, {
          token,
        })
      ).body.items;
    expect((await listed()).map((n) => n.title)).not.toContain('Night note');

    await doctor.context().setOffline(false);
    await doctor.getByText(LIVE).waitFor();
    const created = (await listed()).filter((n) => n.title === 'Night note');
    expect(created).toHaveLength(1);
    expect(doctor.url()).toContain(created[0]!.id);
    const text = await serverHas(created[0]!.id, ['Written without the network.']);
    expect(text).toBe('Written without the network.');
  });

  it('registers a patient and writes in a note while offline; back online, the server has both exactly once', async () => {
    const noteId = await newNote('Handover');
    const clerk = await signedIn('admin', ADMIN_PASSWORD);
    // Opened once while online, so the patient, the list of notes and the note are kept on this computer.
    await clerk.goto(`${server.url}/patients/${patientId}`);
    await clerk
      .getByRole('list', { name: 'Clinical notes of this patient' })
      .getByRole('link', { name: 'Handover' })
      .click();
    await clerk.getByText(LIVE).waitFor();
    await typeLine(clerk, 'Handover at 20:00.');
    await serverHas(noteId, ['Handover at 20:00.']);
    // Within the app, as a clerk moves on (a reload this soon could abort the copy's last writes; offline, the
    // page asks before it lets that happen).
    await clerk.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Patients' }).click();
    await clerk.waitForURL(/\/patients$/);

    await clerk.context().setOffline(true);
    await clerk.getByText('Offline', { exact: true }).waitFor();
    await clerk.getByRole('link', { name: 'Register a patient' }).click();
    await clerk.getByLabel('Given name').fill('Olive');
    await clerk.getByLabel('Family name').fill('Offgridson');
    await clerk.getByLabel('Date of birth').fill('1966-06-16');
    await clerk.getByLabel('Gender').selectOption('female');
    await clerk.getByRole('button', { name: 'Register', exact: true }).click();
    await clerk.waitForURL(/\/patients$/);
    await clerk
      .getByRole('region', { name: 'Registrations not yet on the server' })
      .getByText('Offgridson, Olive')
      .waitFor();

    await clerk
      .getByRole('list', { name: 'Opened on this computer' })
      .getByRole('link', { name: 'Notewell, Nora' })
      .click();
    await clerk
      .getByRole('list', { name: 'Clinical notes of this patient' })
      .getByRole('link', { name: 'Handover' })
      .click();
    await clerk.getByText(/^Offline: what you write is kept/).waitFor();
    await clerk.getByText('Handover at 20:00.').waitFor(); // the copy kept on this computer
    await typeLine(clerk, 'Offline: night staff briefed on fluids.');
    await clerk.getByText('1 action waiting to be sent').waitFor();
    expect(await patientsNamed('Offgridson')).toEqual([]);
    expect(await serverText(noteId)).toBe('Handover at 20:00.');

    await clerk.context().setOffline(false);
    await clerk.getByText(LIVE).waitFor();
    await clerk.getByText('Everything is sent').waitFor();
    expect((await patientsNamed('Offgridson')).map((p) => p.givenName)).toEqual(['Olive']);
    const merged = await serverHas(noteId, ['Offline: night staff briefed on fluids.']);
    expect(merged.split('\n')).toEqual(['Handover at 20:00.', 'Offline: night staff briefed on fluids.']);
  });
});
