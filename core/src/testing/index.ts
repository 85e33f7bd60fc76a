// @hms/core/testing: the test kit of the kernel, kept out of its main entry so production processes do not load it.
// The SDK's createTestKernel resolves bootTestKernel here at run time; apps' and the core's own tests import the rest.
export { bootTestKernel } from './boot-test-kernel';
export {
  bodyText as collabBodyText,
  connectClient as connectCollabClient,
  insertParagraph as insertCollabParagraph,
  waitUntil,
} from './collab-test-client';
export type { CollabClient } from './collab-test-client';
export { createTestDatabase, testServerUrl } from './test-database';
export type { TestDatabase } from './test-database';
export { dropRedisPrefix, redisKeysUnder, TEST_REDIS_URL, uniqueRedisPrefix } from './test-redis';
