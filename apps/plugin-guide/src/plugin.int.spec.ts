import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
// #region kernel-test
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { GetLabOrder, PlaceLabOrder } from './contracts';
import { labPlugin } from './plugin';

describe('lab plugin', () => {
  let kernel: TestKernel;
  let patientId: string;
  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin] });
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Test',
        familyName: 'Example',
        birthDate: '1970-01-01',
        gender: 'unknown',
      })
    ).id;
  });
  afterAll(() => kernel.close());

  it('answers a placed order', async () => {
    const { id } = await kernel.execute(PlaceLabOrder, { patientId, test: 'cbc' }); // typed by .returns
    expect(await kernel.ask(GetLabOrder, { id })).toEqual({ id, patientId, test: 'cbc' });
  });

  it('refuses an order for a patient the patient plugin does not know', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(kernel.execute(PlaceLabOrder, { patientId: unknown, test: 'cbc' })).rejects.toMatchObject({
      code: 'PATIENT_NOT_FOUND',
    });
  });

  it('refuses a technician who may only read', async () => {
    await expect(
      kernel.execute(PlaceLabOrder, { patientId, test: 'cbc' }, { permissions: ['lab:order:read'] }),
    ).rejects.toMatchObject({ code: 'PERMISSION_REQUIRED' });
  });
});
// #endregion kernel-test
