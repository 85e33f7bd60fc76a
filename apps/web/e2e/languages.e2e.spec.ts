import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The language switch in a real browser: a user chooses Portuguese in the header, the whole client (the shell and
 * the patient, adt, scheduling, staff, lab and analytics parts) reloads in it with dates in Portuguese form, the
 * choice stays on the device through a sign-out, and the sign-in page switches back to English. Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_languages', 'patient,scheduling,adt,ehr,staff,lab,analytics');

describe('choosing the language in Chromium', () => {
  let patient: { id: string; mrn: string };

  beforeAll(async () => {
    const { http, token } = suite();
    patient = (
      await http.call<{ id: string; mrn: string }>('POST', '/api/patients', {
        token,
        body: { givenName: 'Lia', familyName: 'Lingua', birthDate: '1984-03-07', gender: 'female' },
      })
    ).body;
    const ward = await http.call('POST', '/api/wards', {
      token,
      body: { code: 'LANG1', name: 'Language ward', specialty: 'Internal medicine', beds: ['1', '2'] },
    });
    expect(ward.status).toBe(201);
  });

  it('shows the shell and the modules in Portuguese after the switch, and keeps the choice on the device', async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('admin', undefined, { width: 1366, height: 768 });
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en-GB');

    await page.getByLabel('Language').selectOption('pt');
    // The page reloads in Portuguese: the header, the modules' links, the page's own lang for screen readers.
    await page.getByRole('button', { name: 'Sair' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('pt-BR');
    const nav = page.getByRole('navigation', { name: 'Módulos' });
    await nav.getByRole('link', { name: 'Pacientes' }).waitFor();
    await nav.getByRole('link', { name: 'Alas', exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Agenda' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A patient's page: the labels, the date of birth in Portuguese form, the timeline's words.
    await page.goto(`${server.url}/patients/${patient.id}`);
    await page.getByRole('heading', { name: 'Lingua, Lia', level: 1 }).waitFor();
    await page.getByText('Data de nascimento').waitFor();
    await page.getByText('7 de mar. de 1984').waitFor();
    await page.getByText('Cadastrado', { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Paciente', exact: true }).getByText(patient.mrn).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'patient-in-portuguese');

    // The bed boards (adt) in Portuguese, with its plural in words.
    await nav.getByRole('link', { name: 'Alas', exact: true }).click();
    await page.getByRole('heading', { name: 'Alas', level: 1 }).waitFor();
    await page.getByText('2 de 2 leitos livres').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The choice is on the device: a reload stays in Portuguese.
    await page.reload();
    await page.getByRole('heading', { name: 'Alas', level: 1 }).waitFor();

    // Signing out keeps the device's choice: the sign-in page is in Portuguese; switching there goes back.
    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en-GB');
  });

  it('shows the staff directory, the laboratory worklist and the dashboard in Portuguese', async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('admin', undefined, { width: 1366, height: 768 });
    await page.getByLabel('Language').selectOption('pt');
    const nav = page.getByRole('navigation', { name: 'Módulos' });
    await nav.getByRole('link', { name: 'Equipe' }).waitFor();
    await nav.getByRole('link', { name: 'Escalas' }).waitFor();
    await nav.getByRole('link', { name: 'Painel' }).waitFor();

    // A staff screen: the directory's heading, its search and its columns.
    await page.goto(`${server.url}/staff`);
    await page.getByRole('heading', { name: 'Cadastro de funcionários', level: 1 }).waitFor();
    await page.getByLabel('Buscar por nome ou matrícula').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A laboratory screen: the worklist, its steps in Portuguese.
    await page.goto(`${server.url}/lab`);
    await page.getByRole('heading', { name: 'Lista de trabalho do laboratório', level: 1 }).waitFor();
    await page.getByLabel('Etapa').waitFor();
    expect(await page.getByLabel('Prioridade').locator('option').first().textContent()).toBe('Todas as prioridades');
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard: its heading and the headline figures' words.
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: 'Painel', level: 1 }).waitFor();
    await page.getByText('Pacientes internados agora').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard-in-portuguese');

    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  });
});
