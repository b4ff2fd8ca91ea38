import type { Actor } from '@regie/access';
import {
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
} from '@regie/event-store';
import { DomainRejection } from '../core/rejection';
import { retryDelayMs, StreamCommandHandler, type StreamCommand, type StreamDraft } from './stream-command';

const actor: Actor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' };

/** A store whose stream moves on by itself `conflicts` times before an append gets through. */
function conflictingStore(conflicts: number) {
  const appended: { expected: ExpectedRevision; events: readonly NewEvent[] }[] = [];
  let revision = 0n;
  let left = conflicts;
  const store = {
    async append(_stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
      if (left > 0) {
        left--;
        revision++;
        throw new WrongExpectedVersionError('s', expected, revision);
      }
      appended.push({ expected, events });
      revision += BigInt(events.length);
      return { nextRevision: revision, position: 100n + revision };
    },
    canCommitWith: () => false,
    revision: () => revision,
  };
  return { store, appended };
}

function counterCommand(
  store: ReturnType<typeof conflictingStore>['store'],
  overrides: Partial<StreamCommand<bigint, StreamDraft>> = {},
): StreamCommand<bigint, StreamDraft> {
  return {
    stream: 'counter-1',
    actor,
    conflictMessage: 'tegelijk gewijzigd',
    load: async () => ({ state: store.revision(), revision: store.revision() }),
    decide: (seen) => [{ type: 'counter.Counted', data: { seen: Number(seen) } }],
    metadata: () => ({ domain: 'TEST' }),
    ...overrides,
  };
}

describe('StreamCommandHandler: load, decide, append, retry', () => {
  it('given two conflicts, when a command is handled, then it decides a third time on fresh state and appends once', async () => {
    const { store, appended } = conflictingStore(2);
    const handler = new StreamCommandHandler(store as unknown as EventStore);

    const result = await handler.handle(counterCommand(store, { correlationId: 'c-1' }));

    expect(appended).toHaveLength(1);
    expect(appended[0]!.expected).toBe(2n);
    expect(appended[0]!.events[0]).toMatchObject({
      type: 'counter.Counted',
      data: { seen: 2 },
      metadata: { actor, correlationId: 'c-1', domain: 'TEST' },
    });
    expect(result).toMatchObject({ streamRevision: 3n, position: 103n, correlationId: 'c-1' });
    expect(result.eventIds).toEqual([appended[0]!.events[0]!.id]);
  });

  it('given a conflict on every attempt, when the bound is reached, then CONFLICT with the command’s message', async () => {
    const { store, appended } = conflictingStore(3);
    const handler = new StreamCommandHandler(store as unknown as EventStore);

    const refusal = await handler.handle(counterCommand(store, { maxAttempts: 3 })).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DomainRejection);
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: 'tegelijk gewijzigd' });
    expect(appended).toHaveLength(0);
  });

  it('waits a random time before a retry, under a bound that doubles per attempt up to 200 ms', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((attempt) => retryDelayMs(attempt, 1))).toEqual([10, 20, 40, 80, 160, 200, 200]);
    expect(retryDelayMs(3, 0)).toBe(0);
    expect(retryDelayMs(3, 0.5)).toBe(20);
  });

  it('given a decision of no events, when handled, then nothing is appended and the state is returned', async () => {
    const { store, appended } = conflictingStore(0);
    const handler = new StreamCommandHandler(store as unknown as EventStore);

    const result = await handler.handle(counterCommand(store, { decide: () => [] }));

    expect(appended).toHaveLength(0);
    expect(result).toMatchObject({ state: 0n, eventIds: [] });
    expect(result.position).toBeUndefined();
  });

  it('given a command without a correlation id, when handled, then every event of the write carries one id', async () => {
    const { store, appended } = conflictingStore(0);
    const handler = new StreamCommandHandler(store as unknown as EventStore);
    const twoEvents = () => [
      { type: 'counter.Counted', data: {} },
      { type: 'counter.Counted', data: {}, occurredAt: '2026-01-02' },
    ];

    const result = await handler.handle(counterCommand(store, { decide: twoEvents }));

    const metadata = appended[0]!.events.map((event) => event.metadata as Record<string, unknown>);
    expect(metadata[0]!.correlationId).toBe(result.correlationId);
    expect(metadata[1]!.correlationId).toBe(result.correlationId);
    expect(metadata[1]!.occurredAt).toBe('2026-01-02');
  });
});
