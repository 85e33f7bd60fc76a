import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient, UpdatePatientDemographics } from '@hms/plugin-patient/contracts';
import { registration } from '../../test/builders';
import { adtPlugin } from '../plugin';

const FAMILY_NAMES = ['Abbott', 'Brandt', 'Castro', 'Dubois', 'Eriksen', 'Fontaine', 'Garcia', 'Horvat'];

describe('adt.patient-names', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, adtPlugin] });
  });

  afterAll(async () => {
    await kernel?.close();
  });

  const names = () =>
    kernel.sql.query<{ patient_id: string; mrn: string; given_name: string; family_name: string }>(
      `SELECT patient_id::text AS patient_id, mrn, given_name, family_name FROM adt.patient_names ORDER BY mrn`,
    );

  it('names every patient of registrations committed together, and keeps the later name change', async () => {
    // Registered at the same moment, so the kernel commits them in shared batches (one upsert per batch here).
    const registered = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        kernel.execute(
          RegisterPatient,
          registration({
            givenName: `Given${String.fromCharCode(65 + i)}`,
            familyName: `${FAMILY_NAMES[i % FAMILY_NAMES.length]}${String.fromCharCode(97 + i)}`,
            birthDate: `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`,
          }),
        ),
      ),
    );
    const renamed = registered[3]!;
    await kernel.execute(UpdatePatientDemographics, { patientId: renamed.id, familyName: 'Renamed' });
    const expected = registered
      .map((p) => ({
        patient_id: p.id,
        mrn: p.mrn,
        given_name: p.givenName,
        family_name: p.id === renamed.id ? 'Renamed' : p.familyName,
      }))
      .sort((a, b) => a.mrn.localeCompare(b.mrn));
    expect(await names()).toEqual(expected);
    // A rebuild replays registrations and the change as one batch, in order: the same rows.
    await kernel.rebuildProjection('adt.patient-names');
    expect(await names()).toEqual(expected);
  });
});
