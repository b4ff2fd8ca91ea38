import { Logger } from '@nestjs/common';
import type { TimelineProjector } from './projection/timeline-projector';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

describe('ReadYourWritesInterceptor', () => {
  it('warns once a minute, with a count, when mutations answer without their read model', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const interceptor = new ReadYourWritesInterceptor({ role: 'standby' } as unknown as TimelineProjector);
    const slow = (name: string) => (interceptor as unknown as { slowReadModel(m: string): void }).slowReadModel(name);
    slow('registerHousehold');
    slow('recordJeugdToewijzing');
    slow('setGoal');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^1 mutation\(s\) \(last: registerHousehold\) answered after 5 s/);
    expect(warn.mock.calls[0]![0]).toContain('role here: standby');
    warn.mockRestore();
  });
});
