import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { HouseholdCommandExecutor, type CommandResult, type HouseholdCommand } from './household-command-executor';

/**
 * The command every household and domain mutation sends over the CommandBus. Its `decide` is the pure decider of
 * the owning module, bound to the command's input.
 */
export class RecordInHousehold extends Command<CommandResult> {
  constructor(readonly command: HouseholdCommand) {
    super();
  }
}

@CommandHandler(RecordInHousehold)
export class RecordInHouseholdHandler implements ICommandHandler<RecordInHousehold, CommandResult> {
  constructor(private readonly executor: HouseholdCommandExecutor) {}

  execute({ command }: RecordInHousehold): Promise<CommandResult> {
    return this.executor.execute(command);
  }
}
