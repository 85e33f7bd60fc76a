import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire } from '../test/hire';
import { ExpireLicence, RecordLicence, RenewLicence } from './contracts/employee.commands';
import { ListLicenceAlerts } from './contracts/queries';
import { licenceStream } from './domain/streams';
import { expireLicencesJob } from './jobs/expire-licences.job';
import { staffPlugin } from './plugin';

const NOW = '2027-03-01T00:15:00.000Z';
const DAY = 86_400_000;

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

  describe('notifications', () => {
    const ofLicence = async (licenceId: string) =>
      (await kernel.notifications.list()).filter((n) => n.subjectKey.startsWith(`${licenceId}:`));
    const open = async (licenceId: string) =>
      (await ofLicence(licenceId))
        .filter((n) => n.status === 'open')
        .map((n) => [n.kind, n.subjectKey])
        .sort(([, a], [, b]) => a!.localeCompare(b!));
    const daysFromToday = (days: number) =>
      new Date(Date.parse(kernel.clock.now()) + days * DAY).toISOString().slice(0, 10);

    it('reminds HR and the linked holder once per licence and horizon, tells them of the expiry, and clears all on renewal', async () => {
      const hr = await kernel.notifications.addPerson({ roles: ['hr-officer'], email: 'hr@hospital.test' });
      const holderAccount = await kernel.notifications.addPerson({ email: 'nurse@hospital.test' });
      const nurse = await hire(kernel, { accountId: holderAccount.id });
      const lapsing = await licence(nurse, 'N-1', '2027-03-20'); // 19 days left: the 30-day horizon
      const farOff = await licence(nurse, 'N-2', '2027-04-20'); // 50 days left: the 60-day horizon

      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-1' });
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-2' }); // the next night raises nothing again
      const raised = [...(await ofLicence(lapsing))].sort((a, b) => a.subjectKey.localeCompare(b.subjectKey));
      expect(raised.map((n) => [n.kind, n.subjectKey, n.recipients])).toEqual([
        ['staff.licence-expiring', `${lapsing}:30d:hr`, expect.arrayContaining([hr.id])],
        ['staff.licence-expiring', `${lapsing}:30d:self`, [holderAccount.id]],
      ]);
      expect(raised[1]).toMatchObject({ audience: { person: holderAccount.id }, link: '/staff/me' });
      expect(raised[0]).toMatchObject({
        audience: { role: 'hr-officer' },
        link: `/staff/employees/${nurse}`,
        facts: { licenceId: lapsing, employeeId: nurse, expiresOn: '2027-03-20', withinDays: 30 },
      });
      // Ids and codes only: the holder's name is in neither the facts nor the link.
      expect(JSON.stringify(raised)).not.toContain('Person');
      expect(await open(farOff)).toEqual([
        ['staff.licence-expiring', `${farOff}:60d:hr`],
        ['staff.licence-expiring', `${farOff}:60d:self`],
      ]);

      // Thirteen days on, N-1 is within the 7-day horizon: its 30-day reminder gives way.
      kernel.clock.advance(13 * DAY);
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-3' });
      expect(await open(lapsing)).toEqual([
        ['staff.licence-expiring', `${lapsing}:7d:hr`],
        ['staff.licence-expiring', `${lapsing}:7d:self`],
      ]);

      // Past its date: marked expired, the expiry notice replaces the reminders.
      kernel.clock.advance(7 * DAY);
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-4' });
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-5' });
      expect(await open(lapsing)).toEqual([
        ['staff.licence-expired', `${lapsing}:hr`],
        ['staff.licence-expired', `${lapsing}:self`],
      ]);
      expect((await ofLicence(lapsing)).filter((n) => n.kind === 'staff.licence-expired')).toHaveLength(2);
      expect((await kernel.notifications.inbox(holderAccount.id)).filter((n) => n.unread).length).toBeGreaterThan(0);

      // Renewal resolves them in the command's own transaction, in every inbox.
      await kernel.execute(RenewLicence, { licenceId: lapsing, expiresOn: '2030-03-20' });
      await kernel.execute(RenewLicence, { licenceId: farOff, expiresOn: '2030-04-20' });
      expect(await open(lapsing)).toEqual([]);
      expect(await open(farOff)).toEqual([]);
      const holderInbox = await kernel.notifications.inbox(holderAccount.id);
      expect(holderInbox.filter((n) => n.subjectKey.startsWith(lapsing) && n.resolvedAt === null)).toEqual([]);
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-6' });
      expect(await open(lapsing)).toEqual([]);
    });

    it('raises the expiry notice in the command when HR marks a licence expired by hand, before the night', async () => {
      const nurse = await hire(kernel);
      const lapsed = await licence(nurse, 'N-4', daysFromToday(-1));
      await kernel.execute(ExpireLicence, { licenceId: lapsed });
      expect(await open(lapsed)).toEqual([['staff.licence-expired', `${lapsed}:hr`]]);
    });

    it('tells only HR about a holder with no login account, and a refused renewal resolves nothing', async () => {
      const nurse = await hire(kernel);
      const lapsing = await licence(nurse, 'N-3', daysFromToday(4));
      await kernel.runJob(expireLicencesJob, {}, { runId: 'notify-7' });
      expect(await open(lapsing)).toEqual([['staff.licence-expiring', `${lapsing}:7d:hr`]]);
      await expect(kernel.execute(RenewLicence, { licenceId: lapsing, expiresOn: '2020-01-01' })).rejects.toBeDefined();
      expect(await open(lapsing)).toEqual([['staff.licence-expiring', `${lapsing}:7d:hr`]]);
    });
  });
});
