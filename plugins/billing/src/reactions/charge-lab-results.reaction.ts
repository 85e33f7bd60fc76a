import { defineReaction, reactWith } from '@hms/sdk';
import { ResultReleased } from '@hms/plugin-lab/contracts';
import { CaptureCharge } from '../contracts/capture';
import { labTestChargeKey, labTestSource } from './capture-keys';

/**
 * With the laboratory enabled, each released result (lab's published `lab.ResultReleased`, one per test) is charged
 * as the service its test is mapped to (`lab-test:<LOINC code>`, else `lab-test:*`), dated the day the specimen was
 * taken; its encounter is the order (the laboratory knows no visit).
 *
 * Why release and not collection: release is the one event that names the test, so billing needs no copy of the
 * laboratory's orders, and the patient pays for the tests that were run and reported. An order cancelled before
 * collection, or after it (a haemolysed tube the laboratory could not run), is never released and never charged;
 * a released result cannot be cancelled, so there is nothing to reverse. Twice the same event charges once (the
 * source key names order and test).
 */
// #region reaction
export const chargeLabResults = defineReaction({
  name: 'billing.charge-lab-results',
  handles: [ResultReleased],
  react(event) {
    const { orderId, patientId, code, collectedAt } = event.data;
    return [
      reactWith(CaptureCharge, {
        patientId,
        encounterId: orderId,
        chargeKey: labTestChargeKey(code),
        sourceKey: labTestSource(orderId, code),
        serviceDate: collectedAt.slice(0, 10),
        quantity: 1,
      }),
    ];
  },
});
// #endregion reaction
