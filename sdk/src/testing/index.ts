export { deciderSpec } from './decider-spec';
export type { DeciderSpec, DeciderSpecThen, DeciderSpecWhen } from './decider-spec';
export { createTestKernel } from './test-kernel';
export type { TestActorOptions, TestKernel, TestKernelOptions } from './test-kernel';
