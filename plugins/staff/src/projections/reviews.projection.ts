import { defineProjection } from '@hms/sdk';
import {
  ReviewCommented,
  ReviewCompleted,
  ReviewGoalsSet,
  ReviewOpened,
  ReviewRated,
  ReviewSignedOff,
} from '../contracts/review.contracts';

/**
 * Reviews as the two sides and HR see them: goals, ratings, each side's comment, who has signed, and whether it is
 * final.
 */
export const reviewsProjection = defineProjection({
  name: 'staff.reviews',
  mode: 'inline',
  handles: [ReviewOpened, ReviewGoalsSet, ReviewRated, ReviewCommented, ReviewSignedOff, ReviewCompleted],
  tables: ['staff.reviews'],
  async evolve(event, sql) {
    const id = event.data.reviewId;
    if (event.type === ReviewOpened.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.reviews (id, employee_id, reviewer_id, cycle, status, opened_at)
         VALUES ($1, $2, $3, $4, 'open', $5) ON CONFLICT (id) DO NOTHING`,
        [id, d.employeeId, d.reviewerId, d.cycle, d.at],
      );
    } else if (event.type === ReviewGoalsSet.type) {
      await sql.query(`UPDATE staff.reviews SET goals = $2 WHERE id = $1`, [id, JSON.stringify(event.data.goals)]);
    } else if (event.type === ReviewRated.type) {
      await sql.query(`UPDATE staff.reviews SET ratings = $2, overall = $3 WHERE id = $1`, [
        id,
        JSON.stringify(event.data.ratings),
        event.data.overall,
      ]);
    } else if (event.type === ReviewCommented.type) {
      await sql.query(
        `UPDATE staff.reviews SET comments = comments || jsonb_build_object($2::text, $3::text) WHERE id = $1`,
        [id, event.data.party, event.data.text],
      );
    } else if (event.type === ReviewSignedOff.type) {
      await sql.query(`UPDATE staff.reviews SET signed_by = signed_by || $2::jsonb WHERE id = $1`, [
        id,
        JSON.stringify([event.data.party]),
      ]);
    } else {
      await sql.query(`UPDATE staff.reviews SET status = 'completed' WHERE id = $1`, [id]);
    }
  },
});
