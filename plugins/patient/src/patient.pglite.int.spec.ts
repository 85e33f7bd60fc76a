import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { distinctBirthDate, registration } from '../test/builders';
import { RegisterPatient } from './contracts/commands';
import { SearchPatients } from './contracts/queries';
import { patientPlugin } from './plugin';

/** The same plugin on the embedded PostgreSQL (PGlite) the zero-setup start uses. */
describe('patient plugin on embedded PGlite', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin], database: 'pglite' });
  }, 60_000);
  afterAll(async () => kernel?.close());

  it('registers concurrently with unique MRNs, finds them, and rebuilds the directory identically', async () => {
    const registered = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        kernel.execute(
          RegisterPatient,
          registration({ familyName: `Embedded${String(i).padStart(2, '0')}`, birthDate: distinctBirthDate() }),
        ),
      ),
    );
    expect(new Set(registered.map((p) => p.mrn)).size).toBe(20);
    const page = await kernel.ask(SearchPatients, { q: 'embedded', limit: 50 });
    expect(page.items).toHaveLength(20);
    const before = await kernel.sql.query('SELECT * FROM patient.directory ORDER BY id');
    await kernel.rebuildProjection('patient.directory');
    expect(await kernel.sql.query('SELECT * FROM patient.directory ORDER BY id')).toEqual(before);
  }, 60_000);
});
