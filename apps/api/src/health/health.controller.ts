import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@regie/event-store';

@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: the event store answers. */
  @Get('ready')
  async ready() {
    try {
      const head = await this.store.headPosition();
      return { status: 'ok', eventStore: { status: 'up', headPosition: head?.toString() ?? null } };
    } catch {
      throw new ServiceUnavailableException({ status: 'error', eventStore: { status: 'down' } });
    }
  }
}
