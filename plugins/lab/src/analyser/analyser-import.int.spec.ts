import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import {
  CollectSpecimen,
  ImportAnalyserMessage,
  PlaceLabOrder,
  ReceiveSpecimen,
  ValidateResults,
} from '../contracts/commands';
import { LAB_ANALYSER_IMPORT } from '../contracts/permissions';
import { GetLabOrder } from '../contracts/queries';
import { labOrderStream } from '../domain/lab-order/lab-order.stream';
import { labPlugin } from '../plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const INTERFACE = 'analyser-interface-cobas';
const TECHNICIAN = 'technician-one';
const asInterface = { actorId: INTERFACE, permissions: [LAB_ANALYSER_IMPORT.name] };

/** What an analyser simulator sends: one OBR per specimen, one NM OBX per result. */
const oru = (controlId: string, specimens: Record<string, readonly (readonly [string, string, string?])[]>): string =>
  [
    `MSH|^~\\&|COBAS|MAIN-LAB|HMS|HOSPITAL|20260302081500||ORU^R01^ORU_R01|${controlId}|P|2.5.1`,
    ...Object.entries(specimens).flatMap(([specimen, results], i) => [
      `OBR|${i + 1}||${specimen}`,
      ...results.map(([code, value, unit], j) => `OBX|${j + 1}|NM|${code}^^LN||${value}|${unit ?? ''}|||||F`),
    ]),
  ].join('\r');

type Refusal = { status?: number; code?: string; message?: string; details?: { ack?: string } };
const rejection = (promise: Promise<unknown>): Promise<Refusal> =>
  promise.then(
    () => ({}),
    (error: Refusal) => error,
  );

describe('filing analyser results (HL7 v2 ORU^R01) on the real kernel', () => {
  let kernel: TestKernel;
  let patientId: string;
  let requester: string;

  /** A stat basic metabolic panel whose tubes arrived in the laboratory; answers its id and accession. */
  const inLab = async (): Promise<{ id: string; accession: string }> => {
    const order = await kernel.execute(
      PlaceLabOrder,
      { patientId, panels: ['51990-0'], priority: 'stat' },
      { actorId: requester },
    );
    await kernel.execute(CollectSpecimen, { orderId: order.id });
    await kernel.execute(ReceiveSpecimen, { orderId: order.id }, { actorId: TECHNICIAN });
    return order;
  };
  const panel = (potassium = '4.4'): (readonly [string, string, string?])[] => [
    ['2951-2', '139', 'mmol/L'],
    ['2823-3', potassium, 'mmol/L'],
    ['2339-0', '5.1'],
    ['2160-0', '80', 'umol/L'],
  ];
  const entered = async (orderId: string) =>
    (await kernel.readStream(labOrderStream(orderId))).filter((e) => e.type === 'lab.ResultsEntered').length;
  const audit = async (outcome: string) =>
    kernel.sql.query<{ actor_id: string; details: unknown }>(
      `SELECT actor_id, details FROM core.audit_log WHERE action = 'lab.ImportAnalyserMessage' AND outcome = $1`,
      [outcome],
    );

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin], now: NOW });
    requester = (await kernel.notifications.addPerson({ roles: ['physician'] })).id;
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fictional',
        familyName: 'Analyser',
        birthDate: '1980-02-11',
        gender: 'female',
      })
    ).id;
  });
  afterAll(async () => kernel?.close());

  it('files each OBX on the order its tube names, as the interface, waiting for a person to validate', async () => {
    const order = await inLab();
    const answer = await kernel.execute(
      ImportAnalyserMessage,
      { message: oru('MSG-1', { [`${order.accession}-SST`]: panel('6.9') }) },
      asInterface,
    );
    expect(answer).toEqual({
      status: 'accepted',
      ack: expect.stringMatching(/\rMSA\|AA\|MSG-1\r$/),
      orderIds: [order.id],
      patientIds: [patientId],
      results: 4,
    });
    const filed = await kernel.ask(GetLabOrder, { orderId: order.id });
    expect(filed.status).toBe('resulted');
    expect(filed.results.find((r) => r.code === '2823-3')).toMatchObject({
      value: 6.9,
      flag: 'HH',
      enteredBy: INTERFACE,
    });

    // The interface cannot release what it filed; a technician (who entered none of it) can.
    await expect(kernel.execute(ValidateResults, { orderId: order.id }, asInterface)).rejects.toMatchObject({
      status: 403,
    });
    const released = await kernel.execute(ValidateResults, { orderId: order.id }, { actorId: TECHNICIAN });
    expect(released).toMatchObject({ status: 'released', validatedBy: TECHNICIAN, critical: true });
    expect(await audit('success')).toContainEqual(expect.objectContaining({ actor_id: INTERFACE }));
  });

  it('acknowledges a message sent twice and files it once', async () => {
    const order = await inLab();
    const message = oru('MSG-2', { [order.accession]: panel() });
    const first = await kernel.execute(ImportAnalyserMessage, { message }, asInterface);
    const again = await kernel.execute(ImportAnalyserMessage, { message: `${message}\r\n` }, asInterface);
    expect(again).toEqual({ ...first, status: 'duplicate' });
    expect(await entered(order.id)).toBe(1);

    // The same control id with other results (a wrapped counter) is another message.
    const other = await inLab();
    const wrapped = await kernel.execute(
      ImportAnalyserMessage,
      { message: oru('MSG-2', { [other.accession]: panel() }) },
      asInterface,
    );
    expect(wrapped).toMatchObject({ status: 'accepted', orderIds: [other.id] });
  });

  it('refuses, with a NAK saying why, a specimen no order has, and files nothing (audited)', async () => {
    const order = await inLab();
    const refused = await rejection(
      kernel.execute(
        ImportAnalyserMessage,
        { message: oru('MSG-3', { [order.accession]: panel(), 'LAB-999999-SST': panel() }) },
        asInterface,
      ),
    );
    expect(refused).toMatchObject({ status: 404, code: 'ANALYSER_UNKNOWN_SPECIMEN' });
    expect(refused.details?.ack?.split('\r')).toEqual([
      expect.stringMatching(
        /^MSH\|\^~\\&\|HMS\|LAB\|COBAS\|MAIN-LAB\|\d{14}\+0000\|\|ACK\^R01\^ACK\|ACK-MSG-3\|P\|2\.5\.1$/,
      ),
      'MSA|AE|MSG-3|No laboratory order has the specimen LAB-999999-SST.',
      'ERR||OBR-3|204^No laboratory order has the specimen LAB-999999-SST.^HL70357|E',
      '',
    ]);
    // All or nothing: the known specimen before it was not filed either.
    expect(await entered(order.id)).toBe(0);
    expect(await audit('not-found')).toEqual([expect.objectContaining({ actor_id: INTERFACE })]);
  });

  it.each([
    ['a test not on the order', [['718-7', '13.1']], /Specimen LAB-\d+: .*718-7/],
    ['a unit other than the catalogue’s', [['2339-0', '92', 'mg/dL']], /2339-0 is reported in mmol\/L, not mg\/dL/],
    ['a code the catalogue does not have', [['1234-5', '1']], /no test 1234-5/],
  ] as const)('refuses %s (AE), filing nothing', async (_, results, reason) => {
    const order = await inLab();
    const refused = await rejection(
      kernel.execute(
        ImportAnalyserMessage,
        { message: oru(`MSG-${order.accession}`, { [order.accession]: [...panel(), ...results] }) },
        asInterface,
      ),
    );
    expect(refused).toMatchObject({
      status: 422,
      code: 'ANALYSER_RESULT_NOT_FILED',
      message: expect.stringMatching(reason),
    });
    expect(refused.details?.ack).toMatch(/\rMSA\|AE\|MSG-LAB-\d+\|/);
    expect(await entered(order.id)).toBe(0);
  });

  it('refuses a specimen not yet received in the laboratory, and a message that is not ORU^R01 (AR)', async () => {
    const order = await kernel.execute(PlaceLabOrder, { patientId, tests: ['2823-3'] });
    const early = await rejection(
      kernel.execute(
        ImportAnalyserMessage,
        { message: oru('MSG-4', { [order.accession]: [['2823-3', '4']] }) },
        asInterface,
      ),
    );
    expect(early).toMatchObject({
      status: 422,
      code: 'ANALYSER_RESULT_NOT_FILED',
      message: expect.stringMatching(/waiting for its specimen/),
    });

    const malformed = await rejection(
      kernel.execute(ImportAnalyserMessage, { message: 'MSH|^~\\&|COBAS|LAB|||x||ADT^A01|M5|P|2.5' }, asInterface),
    );
    expect(malformed).toMatchObject({ status: 422, code: 'ANALYSER_MESSAGE_MALFORMED' });
    expect(malformed.details?.ack).toMatch(
      /\rMSA\|AR\|M5\|Only ORU\\S\\R01 result messages are taken, not ADT\\S\\A01\.\r/,
    );
    expect((await audit('invalid')).length).toBeGreaterThanOrEqual(2);
  });
});
