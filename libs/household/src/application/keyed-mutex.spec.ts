import { KeyedMutex } from './keyed-mutex';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('given calls on one key, when they overlap, then they run one at a time in arrival order', async () => {
    const mutex = new KeyedMutex();
    const trace: string[] = [];
    let running = 0;
    const work = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      trace.push(`start ${name}`);
      await tick();
      await tick();
      trace.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => mutex.run('household-1', work(name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(trace).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(mutex.busyKeys).toBe(0);
  });

  it('given calls on different keys, when they overlap, then they do not wait for each other', async () => {
    const mutex = new KeyedMutex();
    let releaseFirst!: () => void;
    const first = mutex.run('household-1', () => new Promise<void>((resolve) => (releaseFirst = resolve)));
    await expect(mutex.run('household-2', async () => 'other household')).resolves.toBe('other household');
    releaseFirst();
    await first;
  });

  it('given a call that fails, when the next one waits on the same key, then it still runs', async () => {
    const mutex = new KeyedMutex();
    const failing = mutex.run('household-1', async () => {
      throw new Error('refused');
    });
    const next = mutex.run('household-1', async () => 'ran');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('ran');
    expect(mutex.busyKeys).toBe(0);
  });
});
