import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { FORBIDDEN_MESSAGE, grantCovers } from '@regie/household';
import { GraphQLError } from 'graphql';
import { HouseholdReadAccess } from '../access/household-read-access';
import type { TimelineEntryRow } from '../query/rows';
import { toTimelineEntry } from './mappers';
import { TimelineEntry } from './timeline.types';
import { TimelineUpdates } from './timeline-updates';

interface VisibleUpdate {
  readonly row: TimelineEntryRow;
  readonly noteDomains: readonly string[];
}

/** The last message of a stream whose access was withdrawn (e.g. the old regisseur after a handover). */
const WITHDRAWN = Symbol('access withdrawn');
type Update = VisibleUpdate | typeof WITHDRAWN;

function resolveUpdate(update: Update) {
  // The subscriber is told, as FORBIDDEN, so an open screen can say that access ended; then the stream completes.
  if (update === WITHDRAWN) throw new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
  return toTimelineEntry(update.row, update.noteDomains);
}

@Resolver()
export class TimelineUpdatedResolver {
  constructor(
    private readonly updates: TimelineUpdates,
    private readonly access: HouseholdReadAccess,
  ) {}

  @Subscription(() => TimelineEntry, {
    description:
      'New timeline entries of a household as they are projected (graphql-ws), filtered like `household.timeline`. ' +
      'Access is checked again for every entry: when it is withdrawn, one last message carries FORBIDDEN and the ' +
      'stream ends.',
    resolve: resolveUpdate,
  })
  async timelineUpdated(
    @Args('householdId', { type: () => ID }) householdId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AsyncIterableIterator<Update>> {
    // A reader of the registration only is refused (and logged DENIED): the timeline is care content.
    await this.access.grant(actor, householdId, { action: 'timeline.subscribe', fields: ['timeline'], careOnly: true });
    const source = this.updates.subscribe(householdId);
    const access = this.access;
    let withdrawn = false;
    const iterator: AsyncIterableIterator<Update> = {
      async next() {
        if (withdrawn) return { value: undefined, done: true };
        for (;;) {
          const next = await source.next();
          if (next.done) return { value: undefined, done: true };
          const decided = await access
            .grantWithHousehold(actor, householdId, { action: 'timeline.subscribe', log: false })
            .catch(() => undefined);
          if (!decided || decided.grant.level !== 'care') {
            withdrawn = true;
            await source.return!();
            return { value: WITHDRAWN, done: false };
          }
          const { grant, memberIds } = decided;
          if (grantCovers(grant, next.value.domain, next.value.member_id)) {
            // Each pushed entry is a disclosure of its own: its line, with the basis of now, before it leaves.
            await access.recordDisclosure(actor, householdId, grant, {
              action: 'timeline.push',
              fields: ['timeline'],
              personIds: next.value.member_id ? [next.value.member_id] : memberIds,
            });
            return { value: { row: next.value, noteDomains: grant.noteDomains }, done: false };
          }
        }
      },
      return: () => source.return!().then(() => ({ value: undefined, done: true })),
      throw: (error: unknown) => source.throw!(error).then(() => ({ value: undefined, done: true })),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
