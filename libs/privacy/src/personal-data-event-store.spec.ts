import type { EventStore, NewEvent, RecordedEvent, SubscribeAllOptions } from '@regie/event-store';
import { InMemoryKeyProvider } from './in-memory-key-provider';
import { isSealedValue } from './personal-data-cipher';
import { PersonalDataEventStore, type PersonalDataPolicy } from './personal-data-event-store';
import { ERASED_TEXT } from './personal-data-kind';

/** The smallest EventStore: enough to see what the wrapper hands down and back up. */
class ListStore implements EventStore {
  readonly rows: RecordedEvent[] = [];
  async append(streamId: string, events: readonly NewEvent[]) {
    for (const event of events) {
      this.rows.push({
        id: event.id,
        type: event.type,
        streamId,
        revision: BigInt(this.rows.filter((row) => row.streamId === streamId).length),
        position: BigInt(this.rows.length + 1),
        data: event.data,
        metadata: event.metadata ?? {},
        recordedAt: new Date(),
      });
    }
    return { nextRevision: 0n, position: BigInt(this.rows.length) };
  }
  async readStream(streamId: string) {
    return this.rows.filter((row) => row.streamId === streamId);
  }
  async readAll() {
    return [...this.rows];
  }
  async headPosition() {
    return this.rows.length ? BigInt(this.rows.length) : undefined;
  }
  subscribeAll(options: SubscribeAllOptions) {
    const done = (async () => {
      for (const row of this.rows) await options.onEvent(row);
    })();
    return { checkpoint: undefined, stop: () => done };
  }
  canCommitWith() {
    return false;
  }
  async close() {}
}

const policy: PersonalDataPolicy = {
  locate: (event) =>
    event.type === 'test.Said'
      ? [{ path: ['text'], subject: `person:${(event.data as { who: string }).who}`, kind: 'text' }]
      : [],
  erasureOf: (event) =>
    event.type === 'test.Forgotten'
      ? [{ subjects: [`person:${(event.data as { who: string }).who}`], final: true }]
      : [],
};

describe('PersonalDataEventStore', () => {
  it('hands the adapter ciphertext, gives readers plaintext, and erases on an erasure event', async () => {
    const inner = new ListStore();
    const keys = new InMemoryKeyProvider();
    const store = new PersonalDataEventStore(inner, keys, policy);
    await store.append(
      's-1',
      [
        { id: 'e1', type: 'test.Said', data: { who: 'noah', text: 'Noah slaapt slecht' } },
        { id: 'e2', type: 'test.Said', data: { who: 'sanne', text: 'Sanne werkt' } },
        { id: 'e3', type: 'test.Other', data: { text: 'geen persoonsgegeven' } },
      ],
      'any',
    );
    expect(isSealedValue(inner.rows[0]!.data && (inner.rows[0]!.data as { text: unknown }).text)).toBe(true);
    expect(JSON.stringify(inner.rows.map((row) => row.data))).not.toContain('slaapt');
    expect((await store.readStream('s-1')).map((event) => (event.data as { text: string }).text)).toEqual([
      'Noah slaapt slecht',
      'Sanne werkt',
      'geen persoonsgegeven',
    ]);

    await store.append('s-1', [{ id: 'e4', type: 'test.Forgotten', data: { who: 'noah' } }], 'any');
    expect(keys.keys.has('person:noah')).toBe(false);
    expect((await store.readAll()).map((event) => (event.data as { text?: string }).text)).toEqual([
      ERASED_TEXT,
      'Sanne werkt',
      'geen persoonsgegeven',
      undefined,
    ]);
  });

  it('destroys keys again when a subscription passes an erasure event (a crash after append heals)', async () => {
    const inner = new ListStore();
    const keys = new InMemoryKeyProvider();
    const store = new PersonalDataEventStore(inner, keys, policy);
    await store.append('s-1', [{ id: 'e1', type: 'test.Said', data: { who: 'noah', text: 'geheim' } }], 'any');
    // The erasure event was stored, but the process died before destroying the key:
    await inner.append('s-1', [{ id: 'e2', type: 'test.Forgotten', data: { who: 'noah' } }]);
    expect(keys.keys.has('person:noah')).toBe(true);
    const seen: unknown[] = [];
    await store.subscribeAll({ onEvent: async (event) => void seen.push(event.data) }).stop();
    expect(keys.keys.has('person:noah')).toBe(false);
    // In order: what came before the erasure was delivered while the key existed (the projector purges it on the
    // erasure event); from then on it reads as erased.
    expect(seen).toEqual([{ who: 'noah', text: 'geheim' }, { who: 'noah' }]);
    expect((await store.readStream('s-1'))[0]!.data).toEqual({ who: 'noah', text: ERASED_TEXT });
  });
});
