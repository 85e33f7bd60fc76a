import type { CommandDefinition, QueryDefinition, ResultOf } from '@hms/sdk';

/**
 * The executors dispatch by wire type, so they answer `unknown`; this gives the answer the type its definition
 * declares. Sound because the one handler registered for a wire type is the one `handleCommand`/`handleQuery`
 * checked against that declared result, and the kernel refuses to boot with two definitions of one wire type.
 */
export function typedAnswer<M extends CommandDefinition | QueryDefinition>(
  _message: M,
  answer: Promise<unknown>,
): Promise<ResultOf<M>> {
  return answer as Promise<ResultOf<M>>;
}
