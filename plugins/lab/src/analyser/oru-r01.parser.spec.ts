import { buildAck } from './hl7-ack';
import { parseOruR01, type Hl7Refusal } from './oru-r01.parser';

const MSH = 'MSH|^~\\&|COBAS|MAIN-LAB|HMS|HOSPITAL|20260302081500||ORU^R01^ORU_R01|MSG0001|P|2.5.1';
const OBR = 'OBR|1|ORD-7|LAB-000042-SST|51990-0^Basic metabolic panel^LN';
const obx = (setId: number, code: string, value: string, unit = 'mmol/L', status = 'F', type = 'NM'): string =>
  `OBX|${setId}|${type}|${code}^Test^LN||${value}|${unit}^^UCUM|3.5-5.1|N|||${status}`;
const message = (...segments: string[]): string => segments.join('\r');

describe('parsing an analyser result message (HL7 v2 ORU^R01)', () => {
  it('reads the control id, the sender and each OBR with its numeric OBX results', () => {
    const parsed = parseOruR01(
      message(
        MSH,
        'PID|1||MRN-1',
        OBR,
        obx(1, '2823-3', '4.4'),
        'NTE|1||Slightly haemolysed',
        obx(2, '2951-2', '139'),
        'OBR|2||LAB-000043-EDTA|718-7^Haemoglobin^LN',
        obx(1, '718-7', '13.1', 'g/dL'),
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      message: expect.objectContaining({
        controlId: 'MSG0001',
        sendingApplication: 'COBAS',
        sendingFacility: 'MAIN-LAB',
        version: '2.5.1',
        specimens: [
          {
            accession: 'LAB-000042-SST',
            observations: [
              { setId: '1', code: '2823-3', value: 4.4, unit: 'mmol/L' },
              { setId: '2', code: '2951-2', value: 139, unit: 'mmol/L' },
            ],
          },
          { accession: 'LAB-000043-EDTA', observations: [{ setId: '1', code: '718-7', value: 13.1, unit: 'g/dL' }] },
        ],
      }),
    });
  });

  it('takes segments ended by \\n or \\r\\n, MLLP framing, other delimiters and escaped text', () => {
    const framed = `\u000b${[MSH, OBR, obx(1, '2823-3', '4.4')].join('\r\n')}\n\u001c`;
    expect(parseOruR01(framed)).toMatchObject({ ok: true, message: { controlId: 'MSG0001' } });
    const hashes = message(
      'MSH#$~\\&#ANALYSER\\S\\2#LAB#HMS#H#20260302##ORU$R01#M-9#P#2.3',
      'OBR#1##LAB-000044',
      'OBX#1#NM#2339-0$Glucose$LN##5.6#mmol/L',
    );
    expect(parseOruR01(hashes)).toMatchObject({
      ok: true,
      message: {
        sendingApplication: 'ANALYSER$2',
        specimens: [{ accession: 'LAB-000044', observations: [{ code: '2339-0', value: 5.6 }] }],
      },
    });
  });

  it('falls back to the placer number (OBR-2) when the analyser sends no filler number', () => {
    const parsed = parseOruR01(message(MSH, 'OBR|1|LAB-000045', obx(1, '2823-3', '-0.5')));
    expect(parsed).toMatchObject({ ok: true, message: { specimens: [{ accession: 'LAB-000045' }] } });
  });

  const refused: readonly [name: string, text: string, expected: Partial<Hl7Refusal>][] = [
    ['an empty body', '', { ack: 'AR', hl7Code: '100' }],
    ['no MSH first', message(OBR, MSH), { ack: 'AR', hl7Code: '100', location: 'MSH' }],
    ['delimiters that repeat', 'MSH||||||', { ack: 'AR', hl7Code: '100' }],
    [
      'no control id',
      message(MSH.replace('MSG0001', ''), OBR, obx(1, '2823-3', '4')),
      { hl7Code: '101', location: 'MSH-10' },
    ],
    ['an order message', message(MSH.replace('ORU^R01^ORU_R01', 'ORM^O01'), OBR), { ack: 'AR', hl7Code: '200' }],
    ['HL7 version 2.1', message(MSH.replace('2.5.1', '2.1'), OBR, obx(1, '2823-3', '4')), { hl7Code: '203' }],
    ['no OBR', message(MSH, 'PID|1||MRN-1'), { ack: 'AR', hl7Code: '101', location: 'OBR' }],
    [
      'an OBR without a specimen id',
      message(MSH, 'OBR|1', obx(1, '2823-3', '4')),
      { hl7Code: '101', location: 'OBR-3' },
    ],
    ['an OBX before any OBR', message(MSH, obx(1, '2823-3', '4'), OBR), { ack: 'AR', hl7Code: '100' }],
    [
      'a specimen without results',
      message(MSH, OBR),
      { hl7Code: '101', reason: 'Specimen LAB-000042-SST has no OBX result.' },
    ],
    ['an OBX naming no test', message(MSH, OBR, 'OBX|1|NM|||4.4|mmol/L'), { hl7Code: '101', location: 'OBX 1, OBX-3' }],
    ['a local code, not LOINC', message(MSH, OBR, 'OBX|1|NM|K^Potassium^99LOCAL||4.4'), { ack: 'AE', hl7Code: '103' }],
    [
      'a text result',
      message(MSH, OBR, obx(1, '2823-3', 'see note', 'mmol/L', 'F', 'ST')),
      { ack: 'AE', hl7Code: '102' },
    ],
    ['a number written "<2"', message(MSH, OBR, obx(1, '2823-3', '<2')), { ack: 'AE', hl7Code: '102' }],
    ['an exponent', message(MSH, OBR, obx(1, '2823-3', '4e1')), { hl7Code: '102', location: 'OBX 1, OBX-5' }],
    [
      '"cannot obtain" (status X)',
      message(MSH, OBR, obx(1, '2823-3', '4', 'mmol/L', 'X')),
      { ack: 'AE', hl7Code: '103', location: 'OBX 1, OBX-11' },
    ],
  ];

  it.each(refused)('refuses %s, saying why', (_, text, expected) => {
    const parsed = parseOruR01(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.refusal).toMatchObject(expected);
  });
});

describe('acknowledging an analyser message', () => {
  const NOW = '2026-03-02T08:15:30.000Z';
  const parsed = parseOruR01(message(MSH, OBR, obx(1, '2823-3', '4.4')));
  const header = parsed.ok ? parsed.message : undefined;

  it('answers AA with the message control id, addressed back to the sender', () => {
    expect(buildAck(header, NOW)).toBe(
      'MSH|^~\\&|HMS|LAB|COBAS|MAIN-LAB|20260302081530+0000||ACK^R01^ACK|ACK-MSG0001|P|2.5.1\rMSA|AA|MSG0001\r',
    );
  });

  it('answers AE with an ERR segment stating why, its delimiters escaped', () => {
    const ack = buildAck(header, NOW, {
      ack: 'AE',
      hl7Code: '204',
      reason: 'No order has the accession LAB-9|9.',
      location: 'OBR-3',
    });
    expect(ack.split('\r')).toEqual([
      'MSH|^~\\&|HMS|LAB|COBAS|MAIN-LAB|20260302081530+0000||ACK^R01^ACK|ACK-MSG0001|P|2.5.1',
      'MSA|AE|MSG0001|No order has the accession LAB-9\\F\\9.',
      'ERR||OBR-3|204^No order has the accession LAB-9\\F\\9.^HL70357|E',
      '',
    ]);
  });

  it('still answers a message it could not read, with standard delimiters and an empty control id', () => {
    expect(buildAck(undefined, NOW, { ack: 'AR', hl7Code: '100', reason: 'Unreadable.' })).toMatch(
      /^MSH\|\^~\\&\|HMS\|LAB\|\|\|20260302081530\+0000\|\|ACK\^R01\^ACK\|ACK-\|P\|2\.5\.1\rMSA\|AR\|\|Unreadable\.\r/,
    );
  });
});
