import { defineProjection } from '@hms/sdk';
import {
  ClaimAccepted,
  ClaimAdjudicated,
  ClaimAppealed,
  ClaimCreated,
  ClaimPaymentReceived,
  ClaimRejected,
  ClaimResubmitted,
  ClaimSubmitted,
} from '../contracts/claim-events';

const STATUS_AFTER: Readonly<Record<string, string>> = {
  [ClaimSubmitted.type]: 'submitted',
  [ClaimResubmitted.type]: 'submitted',
  [ClaimAccepted.type]: 'accepted',
  [ClaimRejected.type]: 'rejected',
  [ClaimAdjudicated.type]: 'adjudicated',
  [ClaimAppealed.type]: 'appealed',
};

/** The claims worklist, and which charge is on which claim (a charge is claimed once: the key says so). */
export const claimsProjection = defineProjection({
  name: 'billing.claims',
  mode: 'inline',
  handles: [
    ClaimCreated,
    ClaimSubmitted,
    ClaimAccepted,
    ClaimRejected,
    ClaimAdjudicated,
    ClaimAppealed,
    ClaimResubmitted,
    ClaimPaymentReceived,
  ],
  tables: ['billing.claims', 'billing.claim_items'],
  async evolve(event, sql) {
    switch (event.type) {
      case ClaimCreated.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO billing.claims (id, patient_id, payer_id, status, total, benefit, currency, created_at)
           VALUES ($1, $2, $3, 'draft', $4, 0, $5, $6) ON CONFLICT (id) DO NOTHING`,
          [d.claimId, d.patientId, d.payerId, d.total.amount, d.total.currency, d.at],
        );
        for (const item of d.item) {
          await sql.query(
            `INSERT INTO billing.claim_items (charge_id, claim_id) VALUES ($1, $2) ON CONFLICT (charge_id) DO NOTHING`,
            [item.chargeId, d.claimId],
          );
        }
        return;
      }
      case ClaimAdjudicated.type:
        await sql.query(`UPDATE billing.claims SET status = 'adjudicated', benefit = $2 WHERE id = $1`, [
          event.data.claimId,
          event.data.benefitTotal.amount,
        ]);
        return;
      case ClaimPaymentReceived.type:
        if (event.data.fullyPaid)
          await sql.query(`UPDATE billing.claims SET status = 'paid' WHERE id = $1`, [event.data.claimId]);
        return;
      default:
        await sql.query(`UPDATE billing.claims SET status = $2 WHERE id = $1`, [
          event.data.claimId,
          STATUS_AFTER[event.type] ?? 'draft',
        ]);
    }
  },
});
