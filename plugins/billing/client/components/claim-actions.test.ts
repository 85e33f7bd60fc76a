import { describe, expect, it } from 'vitest';
import type { ClaimDetail } from '$lib/api/types';
import { actionsFor, adjudicationRows, appealableLines, appealBody, resubmitBody } from './claim-actions';

const kes = (amount: number) => ({ amount, currency: 'KES' });
const item = (sequence: number, net: number) => ({
  sequence,
  chargeId: `00000000-0000-4000-8000-00000000000${sequence}`,
  productOrService: { code: 'CONS-GP' },
  servicedDate: '2026-03-02',
  quantity: 1,
  unitPrice: kes(net),
  net: kes(net),
});
const decided: ClaimDetail['adjudicated'] = [
  { itemSequence: 1, status: 'paid', reasonCode: null, benefit: kes(96_000), patientResponsibility: kes(0) },
  {
    itemSequence: 2,
    status: 'partly-paid',
    reasonCode: 'CO-45',
    benefit: kes(36_000),
    patientResponsibility: kes(60_000),
  },
];

describe('the claims worklist actions', () => {
  it('offers what the clerk can do in each state, and nothing while it is the payer’s turn', () => {
    expect(actionsFor({ status: 'draft', adjudicated: [] })).toEqual(['submit']);
    expect(actionsFor({ status: 'rejected', adjudicated: [] })).toEqual(['resubmit']);
    expect(actionsFor({ status: 'adjudicated', adjudicated: decided })).toEqual(['appeal']);
    expect(actionsFor({ status: 'paid', adjudicated: decided })).toEqual(['appeal']);
    expect(actionsFor({ status: 'adjudicated', adjudicated: [decided[0]!] })).toEqual([]);
    for (const status of ['submitted', 'accepted', 'appealed'] as const)
      expect(actionsFor({ status, adjudicated: decided })).toEqual([]);
  });

  it('reads the adjudication line by line, with the payer’s reason code', () => {
    const rows = adjudicationRows({ item: [item(1, 96_000), item(2, 96_000), item(3, 5_000)], adjudicated: decided });
    expect(rows.map((r) => [r.sequence, r.decision, r.reason])).toEqual([
      [1, 'Paid', ''],
      [2, 'Partly paid', 'payer code CO-45'],
      [3, 'Not decided yet', ''],
    ]);
    expect(rows[1]!.granted).not.toBe('');
    expect(rows[2]!.granted).toBe('');
  });

  it('appeals only lines not paid in full, with a reason; says what is missing in words', () => {
    expect(appealableLines({ adjudicated: decided })).toEqual([2]);
    expect(appealBody({ adjudicated: decided }, { lines: [2, 1, 2], reason: ' Tariff agreed ' })).toEqual({
      ok: true,
      body: { itemSequences: [2], reason: 'Tariff agreed' },
    });
    expect(appealBody({ adjudicated: decided }, { lines: [1], reason: 'x' })).toEqual({
      ok: false,
      error: 'Tick at least one line the payer did not pay in full.',
    });
    expect(appealBody({ adjudicated: decided }, { lines: [2], reason: '  ' })).toEqual({
      ok: false,
      error: 'Say why the payer should pay these lines.',
    });
  });

  it('resubmits with the corrected ICD-10 codes typed, once each, in the order typed', () => {
    expect(resubmitBody({ codes: 'j18.9, E11.9 J18.9' })).toEqual({
      ok: true,
      body: {
        diagnosis: [
          {
            sequence: 1,
            diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J18.9' }] },
          },
          {
            sequence: 2,
            diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9' }] },
          },
        ],
      },
    });
    expect(resubmitBody({ codes: ' ' })).toMatchObject({ ok: false, error: 'Type at least one ICD-10 code.' });
    expect(resubmitBody({ codes: 'J18.9, pneumonia' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('"PNEUMONIA"'),
    });
  });
});
