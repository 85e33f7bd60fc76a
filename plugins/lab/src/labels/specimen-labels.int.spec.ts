import { createTestKernel, readPdf, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { CollectSpecimen, PlaceLabOrder } from '../contracts/commands';
import { LAB_SPECIMEN_HANDLE } from '../contracts/permissions';
import { GetSpecimenLabels } from '../contracts/queries';
import { labPlugin } from '../plugin';
import { code128Bars } from './code128';

const NOW = '2026-03-02T08:00:00.000Z';

describe('specimen labels on the real kernel', () => {
  let kernel: TestKernel;
  let requester: string;
  let patient: { id: string; mrn: string };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin], now: NOW });
    requester = (await kernel.notifications.addPerson({ roles: ['physician'] })).id;
    patient = await kernel.execute(RegisterPatient, {
      givenName: 'Fictional',
      familyName: 'Labels',
      birthDate: '1975-10-30',
      gender: 'male',
    });
  });
  afterAll(async () => kernel?.close());

  it('prints one label per tube once collected: its barcode, name, MRN, birth date and tests', async () => {
    const order = await kernel.execute(
      PlaceLabOrder,
      { patientId: patient.id, tests: ['2823-3', '718-7', '2951-2'], priority: 'urgent' },
      { actorId: requester },
    );
    await expect(kernel.ask(GetSpecimenLabels, { orderId: order.id })).rejects.toMatchObject({
      status: 422,
      code: 'WRONG_ORDER_STATUS',
      message: expect.stringMatching(/record the collection first/),
    });
    await kernel.execute(CollectSpecimen, { orderId: order.id });
    const labels = await kernel.ask(GetSpecimenLabels, { orderId: order.id });
    expect(labels).toMatchObject({ accession: order.accession, patientId: patient.id });
    const pdf = readPdf(labels.pdf);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pageTexts).toEqual([
      [
        `${order.accession}-SST`,
        'LABELS, Fictional',
        `MRN ${patient.mrn}  DOB 1975-10-30`,
        'Serum (gold top): Potassium, Sodium',
        'URGENT  collected 2026-03-02 08:00 UTC',
      ],
      [
        `${order.accession}-EDTA`,
        'LABELS, Fictional',
        `MRN ${patient.mrn}  DOB 1975-10-30`,
        'Whole blood (purple top): Haemoglobin',
        'URGENT  collected 2026-03-02 08:00 UTC',
      ],
    ]);
    // The first page's bars are the serum tube's label code, one rectangle per bar.
    const firstPage = labels.pdf.toString('latin1').split('endstream')[0] ?? '';
    const bars = code128Bars(`${order.accession}-SST`);
    expect(firstPage.match(/ re/g)).toHaveLength(Math.ceil(bars.length / 2));

    // Without the patient directory's read permission the name cannot be printed: refused, not a blank label.
    await expect(
      kernel.ask(
        GetSpecimenLabels,
        { orderId: order.id },
        { actorId: 'bench', permissions: [LAB_SPECIMEN_HANDLE.name] },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });
});
