import { defineMigration } from '@hms/sdk';

/**
 * Other plugins' events on the timeline (SDK 1.1 timeline descriptions): an entry may be visible only with one more
 * permission (a diagnosis needs the chart's), so the front desk's timeline does not reveal clinical facts.
 */
export const timelineVisibilityMigration = defineMigration('0050-timeline-visibility', [
  `ALTER TABLE patient.timeline ADD COLUMN visible_with text`,
]);
