import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommandResult } from '../application/household-command-executor';

@ObjectType({ description: 'What a mutation recorded: its events, the stream revision and the global position.' })
export class RecordedPayload {
  @Field(() => ID, { nullable: true, description: 'The household the events belong to (null for a provider).' })
  householdId!: string | null;

  @Field(() => [ID])
  eventIds!: string[];

  @Field({ description: 'Revision of the stream after the append, as a decimal string.' })
  streamRevision!: string;

  @Field({ description: 'Global position of the last event, as a decimal string (for read-your-writes).' })
  position!: string;

  static from(result: CommandResult): RecordedPayload {
    return {
      householdId: result.householdId ?? null,
      eventIds: [...result.eventIds],
      streamRevision: result.streamRevision.toString(),
      position: result.position.toString(),
    };
  }
}
