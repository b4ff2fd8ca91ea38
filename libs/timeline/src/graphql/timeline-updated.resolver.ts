import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { toTimelineEntry } from './mappers';
import { TimelineEntry } from './timeline.types';
import { TimelineUpdates } from './timeline-updates';
import type { TimelineEntryRow } from '../query/rows';

@Resolver()
export class TimelineUpdatedResolver {
  constructor(private readonly updates: TimelineUpdates) {}

  @Subscription(() => TimelineEntry, {
    description: 'New timeline entries of a household as they are projected (graphql-ws).',
    // Identity over graphql-ws connection params comes with authentication (issue 5); until then domain notes stay out.
    resolve: (row: TimelineEntryRow) => toTimelineEntry(row, undefined),
  })
  timelineUpdated(
    @Args('householdId', { type: () => ID }) householdId: string,
  ): AsyncIterableIterator<TimelineEntryRow> {
    return this.updates.subscribe(householdId);
  }
}
