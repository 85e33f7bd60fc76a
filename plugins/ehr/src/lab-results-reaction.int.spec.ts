import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { labPlugin } from '@hms/plugin-lab';
import {
  CollectSpecimen,
  EnterResults,
  PlaceLabOrder,
  ReceiveSpecimen,
  ValidateResults,
} from '@hms/plugin-lab/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { chartStream } from './domain/streams';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';

describe("released laboratory results in the chart's observations (reaction)", () => {
  let kernel: TestKernel;
  let patientId: string;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin, ehrPlugin], now: NOW });
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Demo',
        familyName: 'Labchart',
        birthDate: '1971-04-02',
        gender: 'female',
      })
    ).id;
  });
  afterAll(async () => kernel?.close());

  const observations = async () =>
    (await kernel.readStream(chartStream(patientId)))
      .filter((e) => e.type === 'ehr.ObservationRecorded')
      .map((e) => e.data);

  const resulted = async (): Promise<string> => {
    const order = await kernel.execute(PlaceLabOrder, { patientId, tests: ['2823-3', '718-7'] });
    await kernel.execute(CollectSpecimen, { orderId: order.id });
    kernel.clock.advance(30 * 60 * 1000); // the tubes reach the laboratory half an hour after they were taken
    await kernel.execute(ReceiveSpecimen, { orderId: order.id });
    await kernel.execute(
      EnterResults,
      {
        orderId: order.id,
        results: [
          { code: '2823-3', value: 4.1 },
          { code: '718-7', value: 12.9 },
        ],
      },
      { actorId: 'technician-one' },
    );
    return order.id;
  };

  it('records nothing until the results are validated, then each once, measured when the specimen was taken', async () => {
    const orderId = await resulted();
    await kernel.settle();
    expect(await observations()).toEqual([]);

    await kernel.execute(ValidateResults, { orderId }, { actorId: 'technician-two' });
    await kernel.settle();
    await kernel.settle(); // a second run appends nothing: the reaction's command ids are its own
    expect(await observations()).toEqual([
      expect.objectContaining({ code: '2823-3', value: 4.1, unit: 'mmol/L', effectiveAt: NOW }),
      expect.objectContaining({ code: '718-7', value: 12.9, unit: 'g/dL', effectiveAt: NOW }),
    ]);
  });
});
