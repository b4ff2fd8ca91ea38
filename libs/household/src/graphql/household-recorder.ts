import type { Actor } from '@regie/access';
import type {
  HouseholdCommandExecutor,
  HouseholdCommandOptions,
  HouseholdCommandSender,
} from '../application/household-command-executor';
import type { CommandOf, DecidersOf } from '../core/command';
import { RecordedPayload } from './recorded.payload';

/** What a mutation may add to its command: the providers it names, the support whose alternatives it weighs. */
export type RecordOptions = Pick<
  HouseholdCommandOptions,
  'providerAgbCodes' | 'alternativesFor' | 'scope' | 'beforeAppend'
>;

/** Sends one module's commands for a household and answers as a mutation does: with the recorded events. */
export class HouseholdRecorder<Commands> {
  private readonly sender: HouseholdCommandSender<Commands>;

  constructor(executor: HouseholdCommandExecutor, deciders: DecidersOf<Commands>) {
    this.sender = executor.commandsOf(deciders);
  }

  async record(
    actor: Actor,
    householdId: string,
    command: CommandOf<Commands>,
    options: RecordOptions = {},
  ): Promise<RecordedPayload> {
    return RecordedPayload.from(await this.sender.send(command, { ...options, householdId, actor }));
  }
}
