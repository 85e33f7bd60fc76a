import { defineCareRelationship } from '@hms/sdk';

/**
 * Whoever requested an order cares for the patient while it is open, and for 30 days after its results are
 * released: long enough to read them, act on them and acknowledge a critical one, not a standing key to the chart.
 */
// #region care-relationship
export const requesterRelationship = defineCareRelationship({
  name: 'lab.requester',
  description: 'The requester of a laboratory order that is open, or whose results were released in the last 30 days',
  statement: `SELECT o.patient_id::text AS patient_id FROM lab.orders o
               WHERE o.patient_id = ANY($patients::uuid[]) AND o.requester_id = ANY($clinicians)
                 AND (o.status IN ('placed', 'collected', 'received', 'resulted')
                      OR (o.status = 'released' AND o.released_at > $now::timestamptz - interval '30 days'))`,
});
// #endregion care-relationship
