import { handleQuery } from '@hms/sdk';
import { REVIEW_MANAGE, REVIEW_SIGN } from '../contracts/permissions';
import { ListReviews, type ReviewView } from '../contracts/queries';

interface ReviewRow {
  id: string;
  employee_id: string;
  employee_name: string;
  reviewer_id: string;
  reviewer_name: string;
  cycle: string;
  status: ReviewView['status'];
  goals: ReviewView['goals'];
  ratings: ReviewView['ratings'];
  overall: number | null;
  comments: { employee?: string; reviewer?: string };
  signed_by: ReviewView['signedBy'];
  mine_as_employee: boolean;
  mine_as_reviewer: boolean;
}

export const listReviewsHandler = handleQuery(ListReviews, {
  permission: REVIEW_SIGN,
  async handle({ employeeId, cycle }, ctx): Promise<{ items: ReviewView[] }> {
    const rows = await ctx.sql.query<ReviewRow>(
      `SELECT r.id, r.employee_id, e.given_name || ' ' || e.family_name AS employee_name, r.reviewer_id,
              v.given_name || ' ' || v.family_name AS reviewer_name, r.cycle, r.status, r.goals, r.ratings, r.overall,
              r.comments, r.signed_by, e.account_id IS NOT DISTINCT FROM $4 AS mine_as_employee,
              v.account_id IS NOT DISTINCT FROM $4 AS mine_as_reviewer
         FROM staff.reviews r JOIN staff.employees e ON e.id = r.employee_id JOIN staff.employees v ON v.id = r.reviewer_id
        WHERE ($1::uuid IS NULL OR r.employee_id = $1) AND ($2::text IS NULL OR r.cycle = $2)
          AND ($3 OR e.account_id = $4 OR v.account_id = $4)
        ORDER BY r.cycle DESC, lower(e.family_name), r.id LIMIT 500`,
      [employeeId ?? null, cycle ?? null, ctx.actor.has(REVIEW_MANAGE.name), ctx.actor.id],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        employeeId: r.employee_id,
        employeeName: r.employee_name,
        reviewerId: r.reviewer_id,
        reviewerName: r.reviewer_name,
        cycle: r.cycle,
        status: r.status,
        goals: r.goals,
        ratings: r.ratings,
        overall: r.overall,
        comments: { employee: r.comments.employee ?? null, reviewer: r.comments.reviewer ?? null },
        signedBy: r.signed_by,
        mySides: [
          ...(r.mine_as_employee ? (['employee'] as const) : []),
          ...(r.mine_as_reviewer ? (['reviewer'] as const) : []),
        ],
      })),
    };
  },
});
