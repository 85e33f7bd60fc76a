import { deciderSpec } from '@hms/sdk/testing';
import {
  acknowledge,
  cancel,
  collect,
  collected,
  enter,
  entered,
  meta,
  NOW,
  ORDER,
  PATIENT,
  placed,
  placeOrder,
  receive,
  received,
  REQUESTER,
  TECHNICIAN,
  validate,
  VALIDATOR,
} from '../../../test/builders';
import { labOrderDecider } from './lab-order.decider';

const potassium = (value: number, flag: 'N' | 'H' | 'L' | 'HH' | 'LL', referenceLow = 3.5, referenceHigh = 5.1) => ({
  code: '2823-3',
  value,
  unit: 'mmol/L',
  flag,
  referenceLow,
  referenceHigh,
  enteredBy: TECHNICIAN,
  enteredAt: NOW,
});

describe('lab order decider', () => {
  describe('placing', () => {
    it('orders the tests of a panel once each, with the requester and the patient as on the requisition', () =>
      deciderSpec(labOrderDecider)
        .given([])
        .when(
          placeOrder({ tests: ['2823-3'], panels: ['51990-0'], clinicalQuestion: 'Hyperkalaemia on ACE inhibitor?' }),
        )
        .then([
          {
            type: 'lab.LabOrderPlaced',
            data: {
              orderId: ORDER,
              patientId: PATIENT,
              accession: 'LAB-000001',
              tests: ['2951-2', '2823-3', '2339-0', '2160-0'],
              panels: ['51990-0'],
              priority: 'urgent',
              clinicalQuestion: 'Hyperkalaemia on ACE inhibitor?',
              requesterId: REQUESTER,
              patientSex: 'female',
              patientBirthDate: '1960-05-01',
              at: NOW,
              by: REQUESTER,
            },
          },
        ]));

    it('refuses a code the catalogue does not have', () =>
      deciderSpec(labOrderDecider)
        .given([])
        .when(placeOrder({ tests: ['1234-5'] }))
        .thenRejects('UNKNOWN_LAB_TEST'));

    it('refuses an order with nothing on it', () =>
      deciderSpec(labOrderDecider)
        .given([])
        .when(placeOrder({ tests: [] }))
        .thenRejects('NOTHING_ORDERED'));

    it('refuses to place the same order twice', () =>
      deciderSpec(labOrderDecider).given([placed()]).when(placeOrder()).thenRejects('LAB_ORDER_EXISTS'));
  });

  describe('specimens', () => {
    it('labels one tube per specimen type with the accession number', () =>
      deciderSpec(labOrderDecider)
        .given([placed(['2823-3', '718-7', '2951-2'])])
        .when(collect())
        .then([
          collected([
            { specimen: 'serum', labelCode: 'LAB-000001-SST' },
            { specimen: 'whole-blood', labelCode: 'LAB-000001-EDTA' },
          ]),
        ]));

    it('receives a collected specimen in the laboratory', () =>
      deciderSpec(labOrderDecider).given([placed(), collected()]).when(receive()).then([received()]));

    it('refuses to receive a specimen never collected', () =>
      deciderSpec(labOrderDecider).given([placed()]).when(receive()).thenRejects('WRONG_ORDER_STATUS'));

    it('refuses a step on an order that does not exist', () =>
      deciderSpec(labOrderDecider).given([]).when(collect()).thenRejects('LAB_ORDER_NOT_FOUND'));
  });

  describe('results', () => {
    const inLab = [placed(), collected(), received()];

    it("flags a value against the range for the patient's age and sex, in the catalogue's unit", () =>
      deciderSpec(labOrderDecider)
        .given(inLab)
        .when(enter([{ code: '2823-3', value: 6.8 }]))
        .then([
          {
            type: 'lab.ResultsEntered',
            data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: TECHNICIAN, results: [potassium(6.8, 'HH')] },
          },
        ]));

    it('refuses a result for a test not on the order', () =>
      deciderSpec(labOrderDecider)
        .given(inLab)
        .when(enter([{ code: '2951-2', value: 140 }]))
        .thenRejects('TEST_NOT_ORDERED'));

    it('refuses results before the specimen is in the laboratory', () =>
      deciderSpec(labOrderDecider)
        .given([placed(), collected()])
        .when(enter([{ code: '2823-3', value: 4 }]))
        .thenRejects('WRONG_ORDER_STATUS'));

    it('releases the corrected value when a result was entered again before validation', () =>
      deciderSpec(labOrderDecider)
        .given([
          ...inLab,
          entered([{ code: '2823-3', value: 48, flag: 'HH' }]),
          entered([{ code: '2823-3', value: 4.8, flag: 'N' }]),
        ])
        .when(validate())
        .then([
          { type: 'lab.ResultsValidated', data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: VALIDATOR } },
          {
            type: 'lab.ResultReleased',
            data: {
              orderId: ORDER,
              patientId: PATIENT,
              requesterId: REQUESTER,
              code: '2823-3',
              value: 4.8,
              unit: 'mmol/L',
              flag: 'N',
              referenceLow: 3.5,
              referenceHigh: 5.1,
              collectedAt: NOW,
              releasedAt: NOW,
            },
          },
        ]));
  });

  describe('validation', () => {
    const resulted = [placed(), collected(), received(), entered([{ code: '2823-3', value: 4.2, flag: 'N' }])];

    it('releases each result to the requester when a second person validates', () =>
      deciderSpec(labOrderDecider)
        .given(resulted)
        .when(validate())
        .then([
          { type: 'lab.ResultsValidated', data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: VALIDATOR } },
          {
            type: 'lab.ResultReleased',
            data: {
              orderId: ORDER,
              patientId: PATIENT,
              requesterId: REQUESTER,
              code: '2823-3',
              value: 4.2,
              unit: 'mmol/L',
              flag: 'N',
              referenceLow: 3.5,
              referenceHigh: 5.1,
              collectedAt: NOW,
              releasedAt: NOW,
            },
          },
        ]));

    it('refuses the person who entered a result as its validator', () =>
      deciderSpec(labOrderDecider).given(resulted).when(validate(TECHNICIAN)).thenRejects('VALIDATOR_ENTERED_RESULTS'));

    it('refuses to validate while an ordered test has no result', () =>
      deciderSpec(labOrderDecider)
        .given([
          placed(['2823-3', '2951-2']),
          collected(),
          received(),
          entered([{ code: '2823-3', value: 4.2, flag: 'N' }]),
        ])
        .when(validate())
        .thenRejects('RESULTS_INCOMPLETE'));

    it('refuses to cancel an order whose results are released', () =>
      deciderSpec(labOrderDecider)
        .given([
          ...resulted,
          { type: 'lab.ResultsValidated', data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: VALIDATOR } },
        ])
        .when(cancel())
        .thenRejects('WRONG_ORDER_STATUS'));

    it('cancels an order still in the laboratory, with the reason', () =>
      deciderSpec(labOrderDecider)
        .given(resulted)
        .when(cancel())
        .then([
          {
            type: 'lab.LabOrderCancelled',
            data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: REQUESTER, reason: 'Duplicate order' },
          },
        ]));
  });

  describe('critical results', () => {
    const validated = {
      type: 'lab.ResultsValidated' as const,
      data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: VALIDATOR },
    };
    const released = (flag: 'N' | 'HH') => [
      placed(),
      collected(),
      received(),
      entered([{ code: '2823-3', value: flag === 'HH' ? 6.8 : 4.2, flag }]),
      validated,
    ];

    it('records who acknowledged a critical result, and when', () =>
      deciderSpec(labOrderDecider)
        .given(released('HH'))
        .when(acknowledge())
        .then([
          {
            type: 'lab.CriticalResultAcknowledged',
            data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: REQUESTER, codes: ['2823-3'] },
          },
        ]));

    it('refuses to acknowledge twice', () =>
      deciderSpec(labOrderDecider)
        .given([
          ...released('HH'),
          {
            type: 'lab.CriticalResultAcknowledged',
            data: { orderId: ORDER, patientId: PATIENT, at: NOW, by: REQUESTER, codes: ['2823-3'] },
          },
        ])
        .when(acknowledge())
        .thenRejects('CRITICAL_ALREADY_ACKNOWLEDGED'));

    it('refuses to acknowledge an order without a critical result', () =>
      deciderSpec(labOrderDecider).given(released('N')).when(acknowledge()).thenRejects('NO_CRITICAL_RESULT'));

    it('refuses to acknowledge before release', () =>
      deciderSpec(labOrderDecider)
        .given(released('HH').slice(0, 4))
        .when({ ...acknowledge(), meta: meta(REQUESTER) })
        .thenRejects('WRONG_ORDER_STATUS'));
  });
});
