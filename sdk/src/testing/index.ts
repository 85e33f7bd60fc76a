export { deciderSpec } from './decider-spec';
export type { DeciderSpec, DeciderSpecThen, DeciderSpecWhen } from './decider-spec';
export { createTestKernel, TEST_ACTOR_ID } from './test-kernel';
export type {
  TestActorOptions,
  TestCollab,
  TestInboxItem,
  TestKernel,
  TestKernelOptions,
  TestNotification,
  TestNotifications,
  TestReportRun,
  TestTransportMessage,
} from './test-kernel';
export { readPdf } from './pdf-structure';
export type { PdfStructure } from './pdf-structure';
