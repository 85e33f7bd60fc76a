import { fold } from '@hms/sdk';
import { deciderSpec } from '@hms/sdk/testing';
import {
  atPharmacy,
  DISPENSE,
  ITEM,
  meta,
  PATIENT,
  PHARMACY,
  PRESCRIPTION,
  RETURN,
  WARD,
} from '../../../test/builders';
import type { StockCommand, StockEvent } from './stock.decider';
import { stockDecider } from './stock.decider';

const medicine = { itemId: ITEM, locationId: PHARMACY, tracksLots: true };
const gloves = { itemId: ITEM, locationId: PHARMACY, tracksLots: false };

const received = (lot: string | null, expiresOn: string | null, quantity: number): StockEvent => ({
  type: 'inventory.StockReceived',
  data: { ...atPharmacy, quantity, lot, expiresOn },
});
const levelSet = (reorderLevel: number, reorderQuantity = 100): StockEvent => ({
  type: 'inventory.ReorderLevelSet',
  data: { ...atPharmacy, reorderLevel, reorderQuantity },
});
const issue = (quantity: number, target = medicine): StockCommand => ({
  type: 'inventory.IssueStock',
  meta: meta(),
  data: { ...target, quantity, issuedTo: 'Ward 3A' },
});
const receive = (
  lots: { lot: string | null; expiresOn: string | null; quantity: number }[],
  target = medicine,
): StockCommand => ({
  type: 'inventory.ReceiveStock',
  meta: meta(),
  data: { ...target, lots, source: { supplier: 'Demo supplies' } },
});

const issued = (lots: { lot: string; expiresOn: string; quantity: number }[]): StockEvent => ({
  type: 'inventory.StockIssued',
  data: { ...atPharmacy, quantity: lots.reduce((sum, l) => sum + l.quantity, 0), issuedTo: 'Ward 3A', lots },
});

// Three lots of one medicine: one expired yesterday, one expiring soon, one later.
const EXPIRED = received('A1', '2026-02-28', 10);
const SOON = received('B2', '2026-04-30', 30);
const LATER = received('C3', '2027-01-31', 50);

describe('stock decider', () => {
  it('receives lots with their expiry dates, several in one delivery', () =>
    deciderSpec(stockDecider)
      .given([])
      .when(
        receive([
          { lot: 'B2', expiresOn: '2026-04-30', quantity: 30 },
          { lot: 'C3', expiresOn: '2027-01-31', quantity: 50 },
        ]),
      )
      .then([
        {
          type: 'inventory.StockReceived',
          data: { ...atPharmacy, quantity: 30, lot: 'B2', expiresOn: '2026-04-30', supplier: 'Demo supplies' },
        },
        {
          type: 'inventory.StockReceived',
          data: { ...atPharmacy, quantity: 50, lot: 'C3', expiresOn: '2027-01-31', supplier: 'Demo supplies' },
        },
      ]));

  it('issues earliest expiry first across lots, and never from an expired lot', () =>
    deciderSpec(stockDecider)
      .given([LATER, EXPIRED, SOON])
      .when(issue(40))
      .then([
        {
          type: 'inventory.StockIssued',
          data: {
            ...atPharmacy,
            quantity: 40,
            issuedTo: 'Ward 3A',
            lots: [
              { lot: 'B2', expiresOn: '2026-04-30', quantity: 30 },
              { lot: 'C3', expiresOn: '2027-01-31', quantity: 10 },
            ],
          },
        },
      ]));

  describe('an issue to a patient', () => {
    const PATIENT = '00000000-0000-4000-8000-00000000aa01';
    const ISSUE = '00000000-0000-4000-8000-00000000aa02';
    const taken = [
      { lot: 'B2', expiresOn: '2026-04-30', quantity: 30 },
      { lot: 'C3', expiresOn: '2027-01-31', quantity: 5 },
    ];
    const reverse = (reversed: boolean): StockCommand => ({
      type: 'inventory.ReverseIssue',
      meta: meta(),
      data: {
        ...medicine,
        issue: { issueId: ISSUE, patientId: PATIENT, quantity: 35, lots: taken, reversed },
        reason: 'Returned unused',
      },
    });

    it('names the issue and the patient', () =>
      deciderSpec(stockDecider)
        .given([SOON, LATER])
        .when({
          type: 'inventory.IssueStock',
          meta: meta(),
          data: { ...medicine, quantity: 35, issuedTo: 'Ward 3A', issueId: ISSUE, patientId: PATIENT },
        })
        .then([{ ...issued(taken), data: { ...issued(taken).data, issueId: ISSUE, patientId: PATIENT } }]));

    it('is reversed once: its lots come back as they left, with their expiry dates', () => {
      deciderSpec(stockDecider)
        .given([SOON, LATER, issued(taken)])
        .when(reverse(false))
        .then([
          {
            type: 'inventory.StockIssueReversed',
            data: {
              ...atPharmacy,
              issueId: ISSUE,
              patientId: PATIENT,
              quantity: 35,
              lots: taken,
              reason: 'Returned unused',
            },
          },
        ]);
      deciderSpec(stockDecider)
        .given([SOON, LATER, issued(taken)])
        .when(reverse(true))
        .thenRejects('ISSUE_ALREADY_REVERSED');
      const reversal = stockDecider.decide(reverse(false), fold(stockDecider, [SOON, LATER, issued(taken)]));
      const back = fold(stockDecider, [SOON, LATER, issued(taken), ...reversal]);
      expect(back.onHand).toBe(80);
      expect(back.lots['B2']).toEqual({ lot: 'B2', expiresOn: '2026-04-30', quantity: 30 });
      // The stream itself remembers the reversal, even when the read model the handler asked was behind.
      deciderSpec(stockDecider)
        .given([SOON, LATER, issued(taken), ...reversal])
        .when(reverse(false))
        .thenRejects('ISSUE_ALREADY_REVERSED');
    });
  });

  it('refuses an issue larger than the usable stock (expired units do not count), taking nothing', () => {
    deciderSpec(stockDecider).given([EXPIRED, SOON, LATER]).when(issue(81)).thenRejects('INSUFFICIENT_STOCK');
    deciderSpec(stockDecider)
      .given([EXPIRED, SOON, LATER])
      .when(issue(80))
      .then([
        issued([
          { lot: 'B2', expiresOn: '2026-04-30', quantity: 30 },
          { lot: 'C3', expiresOn: '2027-01-31', quantity: 50 },
        ]),
      ]);
    deciderSpec(stockDecider).given([]).when(issue(1)).thenRejects('INSUFFICIENT_STOCK');
  });

  it('needs a lot and expiry date for a medicine, and refuses them for an item not kept by lot', () => {
    deciderSpec(stockDecider)
      .given([])
      .when(receive([{ lot: null, expiresOn: null, quantity: 5 }]))
      .thenRejects('LOT_REQUIRED');
    deciderSpec(stockDecider)
      .given([])
      .when(receive([{ lot: 'X', expiresOn: '2027-01-01', quantity: 5 }], gloves))
      .thenRejects('LOT_NOT_TRACKED');
    deciderSpec(stockDecider)
      .given([])
      .when(receive([{ lot: null, expiresOn: null, quantity: 5 }], gloves))
      .then([
        {
          type: 'inventory.StockReceived',
          data: { ...atPharmacy, quantity: 5, lot: null, expiresOn: null, supplier: 'Demo supplies' },
        },
      ]);
  });

  it('refuses a lot already held with another expiry date, and a lot that has expired on arrival (but not on a transfer)', () => {
    deciderSpec(stockDecider)
      .given([SOON])
      .when(receive([{ lot: 'B2', expiresOn: '2026-05-31', quantity: 5 }]))
      .thenRejects('LOT_EXPIRY_MISMATCH');
    deciderSpec(stockDecider)
      .given([])
      .when(receive([{ lot: 'Z9', expiresOn: '2026-02-28', quantity: 5 }]))
      .thenRejects('EXPIRED_ON_ARRIVAL');
    const transferred: StockCommand = {
      type: 'inventory.ReceiveStock',
      meta: meta(),
      data: {
        ...medicine,
        lots: [{ lot: 'Z9', expiresOn: '2026-02-28', quantity: 5 }],
        source: { transferId: ITEM, fromLocationId: WARD },
      },
    };
    deciderSpec(stockDecider)
      .given([])
      .when(transferred)
      .then([
        {
          type: 'inventory.StockReceived',
          data: {
            ...atPharmacy,
            quantity: 5,
            lot: 'Z9',
            expiresOn: '2026-02-28',
            transferId: ITEM,
            fromLocationId: WARD,
          },
        },
      ]);
  });

  it('raises the low-stock alert once when stock goes below the reorder level, and ends it when stock is back', () => {
    const issued35 = issued([
      { lot: 'B2', expiresOn: '2026-04-30', quantity: 30 },
      { lot: 'C3', expiresOn: '2027-01-31', quantity: 5 },
    ]);
    const low: StockEvent = {
      type: 'inventory.StockFellBelowReorderLevel',
      data: { ...atPharmacy, onHand: 45, reorderLevel: 50, reorderQuantity: 100 },
    };
    deciderSpec(stockDecider)
      .given([levelSet(50), SOON, LATER])
      .when(issue(35))
      .then([issued35, low]);
    // Already low: a further issue raises no second alert.
    deciderSpec(stockDecider)
      .given([levelSet(50), SOON, LATER, issued35, low])
      .when(issue(5))
      .then([issued([{ lot: 'C3', expiresOn: '2027-01-31', quantity: 5 }])]);
    deciderSpec(stockDecider)
      .given([levelSet(50), SOON, LATER, issued35, low])
      .when(receive([{ lot: 'D4', expiresOn: '2027-06-30', quantity: 5 }]))
      .then([
        {
          type: 'inventory.StockReceived',
          data: { ...atPharmacy, quantity: 5, lot: 'D4', expiresOn: '2027-06-30', supplier: 'Demo supplies' },
        },
        { type: 'inventory.StockRestored', data: { ...atPharmacy, onHand: 50, reorderLevel: 50 } },
      ]);
    // Raising the level above the stock starts the alert at once.
    const raise: StockCommand = {
      type: 'inventory.SetReorderLevel',
      meta: meta(),
      data: { ...medicine, reorderLevel: 100, reorderQuantity: 200 },
    };
    deciderSpec(stockDecider)
      .given([SOON])
      .when(raise)
      .then([
        { type: 'inventory.ReorderLevelSet', data: { ...atPharmacy, reorderLevel: 100, reorderQuantity: 200 } },
        {
          type: 'inventory.StockFellBelowReorderLevel',
          data: { ...atPharmacy, onHand: 30, reorderLevel: 100, reorderQuantity: 200 },
        },
      ]);
  });

  it('records a stock take as found, and what was expected', () => {
    const count: StockCommand = {
      type: 'inventory.CountStock',
      meta: meta(),
      data: { ...medicine, lot: 'B2', expiresOn: null, counted: 27, reason: 'Monthly count' },
    };
    deciderSpec(stockDecider)
      .given([SOON])
      .when(count)
      .then([
        {
          type: 'inventory.StockCounted',
          data: {
            ...atPharmacy,
            lot: 'B2',
            expiresOn: '2026-04-30',
            counted: 27,
            expected: 30,
            reason: 'Monthly count',
          },
        },
      ]);
    // A lot found that the books do not know needs its expiry date.
    const found: StockCommand = {
      type: 'inventory.CountStock',
      meta: meta(),
      data: { ...medicine, lot: 'Q7', expiresOn: null, counted: 4 },
    };
    deciderSpec(stockDecider).given([SOON]).when(found).thenRejects('LOT_REQUIRED');
  });

  it('writes off a lot, never more than it holds', () => {
    const writeOff = (quantity: number, lot: string | null = 'A1'): StockCommand => ({
      type: 'inventory.WriteOffStock',
      meta: meta(),
      data: { ...medicine, lot, quantity, reason: 'expired' },
    });
    deciderSpec(stockDecider)
      .given([EXPIRED])
      .when(writeOff(10))
      .then([
        { type: 'inventory.StockWrittenOff', data: { ...atPharmacy, lot: 'A1', quantity: 10, reason: 'expired' } },
      ]);
    deciderSpec(stockDecider).given([EXPIRED]).when(writeOff(11)).thenRejects('INSUFFICIENT_STOCK');
    deciderSpec(stockDecider).given([EXPIRED]).when(writeOff(1, null)).thenRejects('LOT_REQUIRED');
  });

  it('folds lots to what is left: a lot emptied leaves the list, the count sets the balance', () => {
    const events: StockEvent[] = [
      SOON,
      LATER,
      {
        type: 'inventory.StockIssued',
        data: { ...atPharmacy, quantity: 30, lots: [{ lot: 'B2', expiresOn: '2026-04-30', quantity: 30 }] },
      },
      {
        type: 'inventory.StockCounted',
        data: { ...atPharmacy, lot: 'C3', expiresOn: '2027-01-31', counted: 48, expected: 50 },
      },
    ];
    const state = fold(stockDecider, events);
    expect(state.onHand).toBe(48);
    expect(Object.values(state.lots)).toEqual([{ lot: 'C3', expiresOn: '2027-01-31', quantity: 48 }]);
  });

  it('holds the low-stock alert from the fall below the reorder level until the stock is restored', () => {
    const atLevel = { ...atPharmacy, reorderLevel: 50 };
    const fell: StockEvent = {
      type: 'inventory.StockFellBelowReorderLevel',
      data: { ...atLevel, onHand: 30, reorderQuantity: 100 },
    };
    const restored: StockEvent = { type: 'inventory.StockRestored', data: { ...atLevel, onHand: 80 } };
    expect(fold(stockDecider, [levelSet(50), SOON]).alert).toBe('none');
    expect(fold(stockDecider, [levelSet(50), SOON, fell]).alert).toBe('low-stock');
    expect(fold(stockDecider, [levelSet(50), SOON, fell, LATER, restored]).alert).toBe('none');
  });
});

describe('stock decider: dispensed medication returned (1.4)', () => {
  const fellTo18: StockEvent = {
    type: 'inventory.StockFellBelowReorderLevel',
    data: { ...atPharmacy, onHand: 18, reorderLevel: 20, reorderQuantity: 100 },
  };

  it('puts the returned lots back with their expiry dates, and ends the low-stock alert when that restores it', () =>
    deciderSpec(stockDecider)
      .given([levelSet(20), SOON, issued([{ lot: 'B2', expiresOn: '2026-04-30', quantity: 12 }]), fellTo18])
      .when({
        type: 'inventory.ReturnDispensedStock',
        meta: meta(),
        data: {
          ...medicine,
          prescriptionId: PRESCRIPTION,
          patientId: PATIENT,
          dispenseId: DISPENSE,
          returnId: RETURN,
          lots: [{ lot: 'B2', expiresOn: '2026-04-30', quantity: 3 }],
          reason: 'Discharged early',
        },
      })
      .then([
        {
          type: 'inventory.DispensedStockReturned',
          data: {
            ...atPharmacy,
            prescriptionId: PRESCRIPTION,
            patientId: PATIENT,
            dispenseId: DISPENSE,
            returnId: RETURN,
            quantity: 3,
            lots: [{ lot: 'B2', expiresOn: '2026-04-30', quantity: 3 }],
            reason: 'Discharged early',
          },
        },
        { type: 'inventory.StockRestored', data: { ...atPharmacy, onHand: 21, reorderLevel: 20 } },
      ]));

  it('names the prescription on an issue that dispenses it', () =>
    deciderSpec(stockDecider)
      .given([SOON])
      .when({
        type: 'inventory.IssueStock',
        meta: meta(),
        data: {
          ...medicine,
          quantity: 2,
          issuedTo: 'Dispensed by the pharmacy',
          issueId: DISPENSE,
          patientId: PATIENT,
          prescriptionId: PRESCRIPTION,
        },
      })
      .then([
        {
          type: 'inventory.StockIssued',
          data: {
            ...atPharmacy,
            quantity: 2,
            lots: [{ lot: 'B2', expiresOn: '2026-04-30', quantity: 2 }],
            issuedTo: 'Dispensed by the pharmacy',
            issueId: DISPENSE,
            patientId: PATIENT,
            prescriptionId: PRESCRIPTION,
          },
        },
      ]));
});
