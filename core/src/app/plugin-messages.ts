import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { CommandEnvelope, QueryEnvelope } from '../buses/command-envelope';
import { Kernel } from '../kernel/kernel';

/** A plugin command on Nest's command bus; the kernel's executor dispatches it by its wire type. */
export class PluginCommand {
  constructor(readonly envelope: CommandEnvelope) {}
}

/** A plugin query on Nest's query bus. */
export class PluginQuery {
  constructor(readonly envelope: QueryEnvelope) {}
}

@CommandHandler(PluginCommand)
export class PluginCommandHandler implements ICommandHandler<PluginCommand> {
  constructor(private readonly kernel: Kernel) {}

  execute(command: PluginCommand): Promise<unknown> {
    return this.kernel.execute(command.envelope);
  }
}

@QueryHandler(PluginQuery)
export class PluginQueryHandler implements IQueryHandler<PluginQuery> {
  constructor(private readonly kernel: Kernel) {}

  execute(query: PluginQuery): Promise<unknown> {
    return this.kernel.ask(query.envelope);
  }
}
