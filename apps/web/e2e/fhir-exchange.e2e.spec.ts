import { readFile } from 'node:fs/promises';
import type { HttpClient, ServerProcess } from '../../api/test/e2e-support';
import { e2eSuite } from './e2e-suite';

/**
 * The patient page's exchange panel in a real browser against the real server: "Export summary (IPS)" downloads the
 * summary document, and "Import a record" takes a provider's Bundle and says what became of each entry, in words.
 * Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_fhir', 'patient,scheduling,adt,ehr,fhir');
let server: ServerProcess;
let http: HttpClient;
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

describe('exchanging a record in Chromium', () => {
  it('exports the summary as a FHIR document and imports a bundle, reporting each entry in words', async () => {
    const patient = await http.call<{ id: string }>('POST', '/api/patients', {
      token,
      body: { givenName: 'Ines', familyName: 'Exchange', birthDate: '1970-05-06', gender: 'female' },
    });
    await http.call('POST', `/api/charts/${patient.body.id}/problems`, { token, body: { code: 'I10' } });
    const page = await suite().signedIn();
    await page.goto(`${server.url}/patients/${patient.body.id}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export summary (IPS)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('patient-summary-ips.json');
    const summary = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      type: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(summary.type).toBe('document');
    expect(summary.entry[0]!.resource.resourceType).toBe('Composition');

    const subject = 'urn:uuid:40000000-0000-4000-8000-000000000001';
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: subject,
          resource: {
            resourceType: 'Patient',
            identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5', value: 'web-1' }],
            name: [{ family: 'Sentover', given: ['Sol'] }],
            birthDate: '1981-07-08',
          },
        },
        {
          resource: {
            resourceType: 'Condition',
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9' }] },
            subject: { reference: subject },
          },
        },
        {
          resource: {
            resourceType: 'Immunization',
            status: 'completed',
            vaccineCode: { text: 'x' },
            patient: { reference: subject },
            occurrenceString: 'x',
          },
        },
      ],
    };
    await page.getByLabel('Import a record').setInputFiles({
      name: 'record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle)),
    });
    await page.getByText('Imported. Of 3 entries, 2 imported').waitFor();
    const lines = page.getByRole('list', { name: 'What became of each entry' }).getByRole('listitem');
    await expect(lines.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Imported \(Bundle\.entry\[0\]\): /),
      expect.stringMatching(/^Imported \(Bundle\.entry\[1\]\): /),
      expect.stringMatching(/^Not taken \(Bundle\.entry\[2\]\): No enabled plugin imports Immunization/),
    ]);
  }, 120_000);
});
