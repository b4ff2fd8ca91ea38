import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { BerichtenImport } from './berichten-import.service';

/** How often the queue's retention runs; a message goes at most this much after its term. */
export const QUEUE_RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Runs the queue's retention (`BerichtenImport.expireWaiting`) at start-up and every six hours in each api process.
 * Several processes may run it at once: a message is shredded by whichever gets it first.
 */
export class BerichtenQueueRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BerichtenQueueRetention');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly berichten: BerichtenImport,
    private readonly days: number,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), QUEUE_RETENTION_INTERVAL_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run; a failure is logged and the next run tries again. Returns how many messages went. */
  run(): Promise<number> {
    this.running ??= this.berichten
      .expireWaiting(this.days)
      .then((expired) => {
        if (expired > 0) this.logger.log(`${expired} waiting message(s) older than ${this.days} days shredded`);
        return expired;
      })
      .catch((error: unknown) => {
        this.logger.warn(`queue retention failed, retried in six hours: ${(error as Error).message}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
