import { oneAtATime } from './one-at-a-time';

describe('oneAtATime', () => {
  it('starts each statement after the one before it has settled, in the order sent, also after a failure', async () => {
    const send = oneAtATime();
    const log: string[] = [];
    let finishFirst!: () => void;
    const first = send(() => {
      log.push('start 1');
      return new Promise<void>((resolve) => (finishFirst = resolve)).then(() => log.push('end 1'));
    });
    const second = send(async () => {
      log.push('start 2');
      throw new Error('second failed');
    });
    const third = send(async () => {
      log.push('start 3');
      return 3;
    });
    await Promise.resolve();
    expect(log).toEqual(['start 1']);
    finishFirst();
    await first;
    await expect(second).rejects.toThrow('second failed');
    await expect(third).resolves.toBe(3);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'start 3']);
  });
});
