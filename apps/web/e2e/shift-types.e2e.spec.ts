import { ADMIN_PASSWORD } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * Defining a ward's shift types in a real browser: chosen by the ward's name, times with the paid hours they make,
 * the fewest people per skill, a mistake refused in words before anything is sent, a removal asked first, and the
 * set saved and read back after a reload. Invented data only.
 */
const suite = e2eSuite('hms_e2e_web_shift_types', 'staff');

describe('setting up shift types in Chromium', () => {
  let wardId: string;

  beforeAll(async () => {
    const { http, token } = suite();
    const ward = await http.call<{ id: string }>('POST', '/api/staff/departments', {
      token,
      body: { name: 'Invented ward 7' },
    });
    expect(ward.status).toBe(201);
    wardId = ward.body.id;
  });

  it('defines day and night shifts, refusing an unreadable minimum and asking before removing one', async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1366, height: 768 });
    await page
      .getByRole('region', { name: 'Administration' })
      .getByRole('link', { name: 'Rosters and shift types' })
      .click();
    await page.waitForURL(`${server.url}/staff/shift-types`);
    await page.getByRole('heading', { name: 'Shift types', level: 1 }).waitFor();
    await page.getByLabel('Ward or department').selectOption({ label: 'Invented ward 7' });
    await page.getByText('This ward has no shift types yet. Add the first one.').waitFor();

    // A day shift: the paid hours follow the times and the break.
    await page.getByRole('button', { name: 'Add a shift type' }).click();
    await page.getByLabel('Code of shift type 1').fill('E');
    await page.getByLabel('Start of E').fill('07:00');
    await page.getByLabel('End of E').fill('15:30');
    await page.getByLabel('Unpaid break of E, in minutes').fill('30');
    await page.getByRole('cell', { name: '8 h', exact: true }).waitFor();
    await page.getByLabel('Fewest people on E').fill('rn 2, hca 1');

    // A night shift ends the next day.
    await page.getByRole('button', { name: 'Add a shift type' }).click();
    await page.getByLabel('Code of shift type 2').fill('N');
    await page.getByLabel('Start of N').fill('20:00');
    await page.getByLabel('End of N').fill('08:00');
    await page.getByLabel('Unpaid break of N, in minutes').fill('60');
    await page.getByRole('cell', { name: '11 h', exact: true }).waitFor();
    await page.getByText('ends the next day').waitFor();
    await page.getByLabel('Fewest people on N').fill('rn two');
    await page.getByRole('button', { name: 'Save the shift types' }).click();
    await page.getByRole('alert').getByText('Write the fewest people on N as skill and number').waitFor();
    await page.getByLabel('Fewest people on N').fill('rn 2');

    // A third, then removed: asked first; Cancel keeps it.
    await page.getByRole('button', { name: 'Add a shift type' }).click();
    await page.getByLabel('Code of shift type 3').fill('X');
    await page.getByRole('button', { name: 'Remove shift type X' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove shift type X?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByLabel('Code of shift type 3').waitFor();
    await page.getByRole('button', { name: 'Remove shift type X' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    expect(await page.getByLabel('Code of shift type 3').count()).toBe(0);

    await page.getByRole('button', { name: 'Save the shift types' }).click();
    await page.getByText('2 shift types are saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shift-types');

    // Read back from the server.
    await page.goto(`${server.url}/staff/shift-types?ward=${wardId}`);
    await page.getByLabel('Code of shift type 2').waitFor();
    expect(await page.getByLabel('Fewest people on E').inputValue()).toBe('rn 2, hca 1');
    expect(await page.getByLabel('End of N').inputValue()).toBe('08:00');
  });

  it('keeps the weekdays a shift type runs on when the screen saves the set (it does not edit them)', async () => {
    const { server, http, token, signedIn } = suite();
    const other = await http.call<{ id: string }>('POST', '/api/staff/departments', {
      token,
      body: { name: 'Invented clinic 8' },
    });
    const set = await http.call('PUT', `/api/staff/wards/${other.body.id}/shifts`, {
      token,
      body: {
        timeZone: 'UTC',
        shiftTypes: [
          {
            code: 'D',
            start: '08:00',
            end: '16:00',
            unpaidBreakMinutes: 30,
            requirements: [{ skill: 'rn', min: 1 }],
            weekdays: [1, 2, 3, 4, 5],
          },
        ],
      },
    });
    expect(set.status).toBeLessThan(300);
    const page = await signedIn('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/staff/shift-types?ward=${other.body.id}`);
    await page.getByLabel('Unpaid break of D, in minutes').fill('45');
    await page.getByRole('button', { name: 'Save the shift types' }).click();
    await page.getByText('1 shift type is saved.').waitFor();
    const saved = await http.call<{ shiftTypes: { unpaidBreakMinutes: number; weekdays?: number[] }[] }>(
      'GET',
      `/api/staff/wards/${other.body.id}/shifts`,
      { token },
    );
    expect(saved.body.shiftTypes).toEqual([
      expect.objectContaining({ unpaidBreakMinutes: 45, weekdays: [1, 2, 3, 4, 5] }),
    ]);
  });
});
