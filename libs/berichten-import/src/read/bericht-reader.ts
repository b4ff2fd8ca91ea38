import { extname, join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { readBericht, type ReadOptions, type ReadResult } from '@regie/berichten';
import { Piscina } from 'piscina';
import type { ReadTask } from './read-bericht.worker';

/** Up to this size a message is read on the calling thread: a few milliseconds at most. */
export const INLINE_READ_MAX_BYTES = 1024 * 1024;
/** Large messages waiting for the reader's thread, beyond the one it reads: more are refused (BerichtenBusy). */
export const MAX_WAITING_LARGE_MESSAGES = 4;

/** The reader's thread is busy with as many large messages as may wait: try again later. */
export class BerichtenBusy extends Error {
  constructor() {
    super('Er worden nu te veel grote berichten gelezen. Stuur het bericht over een minuut opnieuw.');
  }
}

const sizeOf = (input: string | Uint8Array) => (typeof input === 'string' ? input.length * 3 : input.byteLength);

/**
 * Reads iJw/iWmo messages without holding up the api: a message of up to 25 MB takes two to three seconds of CPU to
 * read, during which an event loop would answer nobody. Small messages (nearly all) are read inline; larger ones in
 * one worker thread, one at a time, so the other core stays with the api. The thread starts on the first large
 * message and stops after a minute without work.
 */
@Injectable()
export class BerichtReader implements OnModuleDestroy {
  private pool?: Piscina;

  async read(input: string | Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
    if (sizeOf(input) <= INLINE_READ_MAX_BYTES) return readBericht(input, options);
    const pool = this.poolOf();
    if (pool.queueSize >= MAX_WAITING_LARGE_MESSAGES) throw new BerichtenBusy();
    const task: ReadTask = { input, options };
    return (await pool.run(task)) as ReadResult;
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private poolOf(): Piscina {
    if (this.pool) return this.pool;
    // Built (dist, .js) the worker is plain JavaScript; from the sources (.ts: tests, ts-node) it needs the same
    // TypeScript loader as the process that started it.
    const fromSources = extname(__filename) === '.ts';
    this.pool = new Piscina({
      filename: join(__dirname, `read-bericht.worker${extname(__filename)}`),
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 60_000,
      execArgv: fromSources ? ['-r', '@swc-node/register'] : [],
      // A 25 MB message builds a tree of up to a million elements; a bound keeps a hostile one from taking the host.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    return this.pool;
  }
}
