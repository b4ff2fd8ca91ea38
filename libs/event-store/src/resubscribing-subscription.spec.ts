import type { EventStore, SubscribeAllOptions, Subscription } from './event-store.port';
import { ResubscribingSubscription, type SubscriptionStop } from './resubscribing-subscription';

/** A store whose subscriptions the test drives: it reads nothing itself. */
class FakeStore {
  readonly subscriptions: { options: SubscribeAllOptions; stopped: boolean }[] = [];

  subscribeAll(options: SubscribeAllOptions): Subscription {
    const entry = { options, stopped: false };
    this.subscriptions.push(entry);
    return {
      checkpoint: undefined,
      stop: async () => {
        entry.stopped = true;
      },
    };
  }

  get latest() {
    return this.subscriptions.at(-1)!;
  }
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

function follow(store: FakeStore, overrides: { checkpoint?: () => Promise<bigint | undefined> } = {}) {
  const stops: { error: string; stop: SubscriptionStop }[] = [];
  const resumed: number[] = [];
  const subscription = new ResubscribingSubscription(store as unknown as EventStore, {
    checkpoint: overrides.checkpoint ?? (async () => 7n),
    onEvent: async () => undefined,
    onStopped: (error, stop) => stops.push({ error: error.message, stop }),
    onResumed: (ms) => resumed.push(ms),
    isRetryable: (error) => error.message !== 'for good',
    initialBackoffMs: 1,
  });
  return { subscription, stops, resumed };
}

describe('ResubscribingSubscription', () => {
  it('subscribes again from the stored checkpoint after a failure, and counts as resumed once it reads', async () => {
    const store = new FakeStore();
    let checkpoint = 7n;
    const { subscription, stops, resumed } = follow(store, { checkpoint: async () => checkpoint });
    await subscription.start();
    expect(store.latest.options.after).toBe(7n);
    expect(subscription.state).toBe('starting');
    store.latest.options.onCaughtUp!();
    expect(subscription.state).toBe('following');

    checkpoint = 9n;
    store.latest.options.onError!(new Error('database went away'));
    expect(subscription.state).toBe('retrying');
    expect(stops).toEqual([{ error: 'database went away', stop: { retrying: true, attempt: 1 } }]);
    expect(store.subscriptions[0]!.stopped).toBe(true);

    await until(() => store.subscriptions.length === 2);
    expect(store.latest.options.after).toBe(9n);
    expect(subscription.state).toBe('retrying');
    store.latest.options.onCaughtUp!();
    expect(subscription.state).toBe('following');
    expect(resumed).toHaveLength(1);
    await subscription.stop();
    expect(subscription.state).toBe('stopped');
  });

  it('counts every failed attempt until one works, and ignores a stopped subscription', async () => {
    const store = new FakeStore();
    let unreachable = false;
    const { subscription, stops } = follow(store, {
      checkpoint: async () => {
        if (unreachable) throw new Error('no connection');
        return 7n;
      },
    });
    await subscription.start();
    const first = store.latest;
    unreachable = true;
    first.options.onError!(new Error('terminated'));
    await until(() => stops.length >= 3);
    expect(stops.slice(0, 3).map(({ stop }) => stop.attempt)).toEqual([1, 2, 3]);
    expect(stops[1]!.error).toBe('no connection');
    expect(store.subscriptions).toHaveLength(1);

    unreachable = false;
    await until(() => store.subscriptions.length === 2);
    first.options.onCaughtUp!();
    expect(subscription.state).toBe('retrying');
    await subscription.stop();
  });

  it('stays stopped after an error that is not retried', async () => {
    const store = new FakeStore();
    const { subscription, stops } = follow(store);
    await subscription.start();
    store.latest.options.onError!(new Error('for good'));
    expect(subscription.state).toBe('failed');
    expect(stops).toEqual([{ error: 'for good', stop: { retrying: false, attempt: 1 } }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.subscriptions).toHaveLength(1);
    await subscription.stop();
  });

  it('stop() during the backoff subscribes no more', async () => {
    const store = new FakeStore();
    const subscription = new ResubscribingSubscription(store as unknown as EventStore, {
      checkpoint: async () => undefined,
      onEvent: async () => undefined,
      initialBackoffMs: 60_000,
    });
    await subscription.start();
    store.latest.options.onError!(new Error('gone'));
    await subscription.stop();
    expect(store.subscriptions).toHaveLength(1);
    expect(subscription.state).toBe('stopped');
  });

  it('rejects start() when the checkpoint cannot be read', async () => {
    const store = new FakeStore();
    const { subscription } = follow(store, {
      checkpoint: async () => {
        throw new Error('no table');
      },
    });
    await expect(subscription.start()).rejects.toThrow('no table');
    expect(subscription.state).toBe('stopped');
    expect(store.subscriptions).toHaveLength(0);
  });
});
