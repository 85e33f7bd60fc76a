import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire } from '../test/hire';
import { RecordLicence, RenewLicence } from './contracts/employee.commands';
import { ListLicenceAlerts } from './contracts/queries';
import { licenceStream } from './domain/streams';
import { expireLicencesJob } from './jobs/expire-licences.job';
import { staffPlugin } from './plugin';

const NOW = '2027-03-01T00:15:00.000Z';

describe('licence expiry: the nightly job and the alerts list', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  const licence = async (employeeId: string, number: string, expiresOn: string): Promise<string> =>
    (
      await kernel.execute(RecordLicence, {
        employeeId,
        body: 'NMC',
        number,
        skills: ['rn'],
        validFrom: '2024-01-01',
        expiresOn,
      })
    ).id;

  it('expires what passed its date once, lists expired and due licences, and drops a renewed one', async () => {
    const nurse = await hire(kernel);
    const lapsed = await licence(nurse, 'L-1', '2027-02-27');
    const due = await licence(nurse, 'L-2', '2027-03-20');
    const lastDay = await licence(nurse, 'L-3', '2027-03-01'); // valid through today
    await licence(nurse, 'L-4', '2028-01-01');

    await kernel.runJob(expireLicencesJob, {}, { runId: 'night-1' });
    await kernel.runJob(expireLicencesJob, {}, { runId: 'night-1' }); // re-delivered
    await kernel.runJob(expireLicencesJob, {}, { runId: 'night-2' }); // the next run finds nothing to do
    const types = async (id: string) => (await kernel.readStream(licenceStream(id))).map((e) => e.type);
    expect(await types(lapsed)).toEqual(['staff.LicenceRecorded', 'staff.LicenceExpired']);
    expect(await types(lastDay)).toEqual(['staff.LicenceRecorded']);

    const alerts = await kernel.ask(ListLicenceAlerts, { withinDays: 30 });
    expect(alerts.items.map((a) => [a.number, a.status, a.daysLeft])).toEqual([
      ['L-1', 'expired', -2],
      ['L-3', 'due', 0],
      ['L-2', 'due', 19],
    ]);

    await kernel.execute(RenewLicence, { licenceId: due, expiresOn: '2030-03-20' });
    await kernel.execute(RenewLicence, { licenceId: lapsed, expiresOn: '2030-02-27' });
    expect((await kernel.ask(ListLicenceAlerts, { withinDays: 30 })).items.map((a) => a.number)).toEqual(['L-3']);
  });
});
