import { defineMigration } from '@hms/sdk';

/**
 * Each side's comment on a performance review: `{ "employee": text, "reviewer": text }`, a side absent until it
 * has written one.
 */
export const createReviewCommentsMigration = defineMigration('0006-review-comments', [
  `ALTER TABLE staff.reviews ADD COLUMN comments jsonb NOT NULL DEFAULT '{}'::jsonb`,
]);
