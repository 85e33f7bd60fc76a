import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The language switch in a real browser: a user chooses Portuguese in the header, the whole client (the shell and
 * the patient, adt, scheduling, staff, lab and analytics parts) reloads in it with dates in Portuguese form, the
 * choice stays on the device through a sign-out, and the sign-in page switches back to English. The billing and
 * inventory screens in Portuguese, with amounts typed and shown, quantities and days in Portuguese form. Invented
 * people, items and prices only.
 */
const suite = e2eSuite('hms_e2e_web_languages', 'patient,scheduling,adt,ehr,billing,inventory,staff,lab,analytics');

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** A day as the Portuguese client writes it ("7 de dez. de 2026"); the browser runs in UTC. */
const inPortuguese = (day: string) =>
  new Intl.DateTimeFormat('pt-BR', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** A page signed in as the administrator, switched to Portuguese in the header (the page reloads in it). */
async function inPortugueseClient(): Promise<Page> {
  const page = await suite().signedIn('admin', undefined, { width: 1366, height: 1200 });
  await page.getByLabel('Language').selectOption('pt');
  await page.getByRole('button', { name: 'Sair' }).waitFor();
  return page;
}

async function call(method: string, path: string, body: unknown): Promise<{ id: string } & Record<string, unknown>> {
  const { http, token } = suite();
  const answer = await http.call<{ id: string } & Record<string, unknown>>(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

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

  it('shows a billing account in Portuguese: its words, dates and amounts, and reads an amount typed the Portuguese way', async () => {
    const patient = await call('POST', '/api/patients', {
      givenName: 'Tiago',
      familyName: 'Tarifa',
      birthDate: '1979-11-23',
      gender: 'male',
    });
    await call('POST', '/api/billing/services', {
      serviceCode: 'CONS-PT',
      name: 'Consulta geral',
      category: 'consultation',
    });
    const list = await call('POST', '/api/billing/price-lists', {
      name: 'Particular',
      payer: { kind: 'self-pay' },
      currency: 'EUR',
    });
    await call('POST', `/api/billing/price-lists/${String(list['priceListId'])}/prices`, {
      serviceCode: 'CONS-PT',
      unitPrice: { amount: 150_050, currency: 'EUR' },
      validFrom: '2020-01-01',
    });
    const today = inDays(0);
    await call('POST', `/api/billing/accounts/${patient.id}/charges`, {
      encounterId: '7a7a7a7a-4444-4444-8444-444444444444',
      serviceCode: 'CONS-PT',
      serviceDate: today,
      quantity: 1,
      source: { kind: 'manual', reason: 'Consulta sem agendamento' },
    });

    const page = await inPortugueseClient();
    await page.getByRole('navigation', { name: 'Módulos' }).getByRole('link', { name: 'Faturamento' }).waitFor();
    await page.goto(`${suite().server.url}/billing/accounts/${patient.id}`);
    await page.getByRole('heading', { name: /^Conta: Tiago Tarifa \(prontuário \d+\)$/, level: 1 }).waitFor();
    const charge = page.getByRole('table', { name: 'Lançamentos' }).getByRole('row').filter({ hasText: 'CONS-PT' });
    await charge.getByText(inPortuguese(today)).waitFor();
    await charge.getByText('1.500,50 EUR').first().waitFor();

    await page.getByRole('button', { name: 'Gerar e emitir' }).click();
    const invoice = page
      .getByRole('table', { name: 'Faturas' })
      .getByRole('row')
      .filter({ hasText: /INV-\d{4}-/ });
    await invoice.getByText('Emitida').waitFor();

    // A point in Portuguese only groups thousands: "10.5" is refused, never taken as 105.
    const pay = page.getByRole('form', { name: 'Receber um pagamento' });
    await pay.getByLabel('Valor (EUR)').fill('10.5');
    await pay.getByRole('button', { name: 'Receber pagamento' }).click();
    await page
      .getByRole('alert')
      .getByText('Informe um valor maior que zero em EUR, com no máximo as casas decimais da moeda.')
      .waitFor();
    await pay.getByLabel('Valor (EUR)').fill('1.000,50');
    await pay.getByLabel('Forma de pagamento').selectOption('card');
    await pay.getByLabel('Referência da transação (NSU)').fill('TERM-PT-1');
    await pay.getByRole('button', { name: 'Receber pagamento' }).click();
    await invoice.getByText('Paga em parte').waitFor();
    await invoice.getByText('500,00 EUR', { exact: true }).waitFor();
    const payments = (await call('GET', `/api/billing/accounts/${patient.id}`, undefined))['payments'];
    expect(payments).toEqual([expect.objectContaining({ amount: { amount: 100_050, currency: 'EUR' } })]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'billing-in-portuguese');
  });

  it('shows the inventory in Portuguese: a store low on a medicine, its lots and stock card', async () => {
    const location = await call('POST', '/api/inventory/locations', { code: 'ALM-PT', name: 'Almoxarifado central' });
    const item = await call('POST', '/api/inventory/items', {
      code: 'MED-LINGUA-500',
      name: 'Linguamox 500 mg',
      category: 'medicine',
      unit: 'comprimido',
    });
    await call('PUT', `/api/inventory/items/${item.id}/locations/${location.id}/reorder-level`, {
      reorderLevel: 2000,
      reorderQuantity: 1000,
    });
    const expiresOn = inDays(30);
    await call('POST', '/api/inventory/receipts', {
      itemId: item.id,
      locationId: location.id,
      quantity: 1200,
      lot: 'LOTE-A1',
      expiresOn,
      supplier: 'Fornecedor Inventado Ltda',
    });

    const page = await inPortugueseClient();
    await page.goto(`${suite().server.url}/inventory`);
    await page.getByRole('heading', { name: 'Estoque', level: 1 }).waitFor();
    const low = page.getByRole('table', { name: 'Abaixo do ponto de pedido' }).getByRole('row');
    const row = low.filter({ hasText: 'Linguamox 500 mg' });
    await row.getByText('1.200 comprimidos / 2.000 comprimidos').waitFor();
    await row.getByText('nada pedido').waitFor();
    await page
      .getByRole('region', { name: 'Vencendo em até 60 dias' })
      .getByText(`lote LOTE-A1 em Almoxarifado central`, { exact: false })
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('link', { name: 'Linguamox 500 mg', exact: true }).click();
    await page.getByRole('heading', { name: 'Linguamox 500 mg (MED-LINGUA-500)' }).waitFor();
    await page.getByRole('table', { name: 'Estoque por local' }).getByText('Almoxarifado central').first().waitFor();
    await page.getByText(inPortuguese(expiresOn)).first().waitFor();
    const card = page.getByRole('table', { name: 'Ficha de estoque' });
    await card.getByRole('row').filter({ hasText: 'Entrada' }).getByText('+1.200 comprimidos').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'inventory-in-portuguese');
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
