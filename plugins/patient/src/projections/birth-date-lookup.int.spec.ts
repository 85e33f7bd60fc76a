import type { Sql, SqlParam } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { registration } from '../../test/builders';
import { RegisterPatient } from '../contracts';
import { patientPlugin } from '../plugin';
import { BirthDateLookup } from './birth-date-lookup';

/** The kernel's SQL, counting the statements that go through it; each waits for `gate` (a slow database). */
class CountingSql implements Sql {
  statements = 0;
  gate: Promise<void> = Promise.resolve();
  constructor(private readonly inner: Sql) {}
  async query<R = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<R[]> {
    this.statements += 1;
    await this.gate;
    return this.inner.query<R>(text, params);
  }
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe(BirthDateLookup.name, () => {
  let kernel: TestKernel;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin] });
    for (const [familyName, birthDate] of [
      ['Alvarez', '1961-02-03'],
      ['Bergstrom', '1972-05-06'],
      ['Chowdhury', '1983-08-09'],
    ] as const) {
      people[familyName] = (await kernel.execute(RegisterPatient, registration({ familyName, birthDate }))).id;
    }
  });

  afterAll(async () => {
    await kernel?.close();
  });

  it('runs a lone lookup at once, and lookups asked while it runs, in separate ticks, as one more query', async () => {
    const sql = new CountingSql(kernel.sql);
    const lookup = new BirthDateLookup(sql);
    let open: () => void = () => undefined;
    sql.gate = new Promise((resolve) => (open = resolve));
    const first = lookup.find('1961-02-03');
    await nextTick(); // the first query is on its way
    expect(sql.statements).toBe(1);
    const later: Promise<{ familyName: string }[]>[] = [];
    for (const date of ['1972-05-06', '1983-08-09', '1961-02-03', '2001-01-01']) {
      later.push(lookup.find(date));
      await nextTick(); // each in its own tick, as HTTP requests arrive
    }
    expect(sql.statements).toBe(1);
    open();
    const [bergstrom, chowdhury, alvarez, nobody] = await Promise.all(later);
    expect((await first).map((p) => p.familyName)).toEqual(['Alvarez']);
    expect(bergstrom?.map((p) => p.familyName)).toEqual(['Bergstrom']);
    expect(chowdhury?.map((p) => p.familyName)).toEqual(['Chowdhury']);
    expect(alvarez?.map((p) => p.familyName)).toEqual(['Alvarez']);
    expect(nobody).toEqual([]);
    expect(sql.statements).toBe(2);
    // Idle again: the next lookup runs alone, at once.
    await expect(lookup.find('1972-05-06')).resolves.toEqual([expect.objectContaining({ id: people.Bergstrom })]);
    expect(sql.statements).toBe(3);
  });
});
