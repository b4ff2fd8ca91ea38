/**
 * Writes a request must have made durable before its answer leaves: the verwerkingenlog line of a read. The read
 * starts its line and goes on with its queries; the answer waits here for the line (see the api's
 * `WritesBeforeAnswerPlugin`), and carries no data if a line failed.
 */
export class WritesBeforeAnswer {
  private readonly pending: Promise<unknown>[] = [];

  add(write: Promise<unknown>): void {
    write.catch(() => undefined); // awaited in `failure()`; not an unhandled rejection in between
    this.pending.push(write);
  }

  /** Waits for every write; the first failure, or undefined when all are durable. */
  async failure(): Promise<unknown> {
    const results = await Promise.allSettled(this.pending);
    return results.find((result): result is PromiseRejectedResult => result.status === 'rejected')?.reason;
  }
}

/** Where a GraphQL request's context carries it (set by the api's plugin for HTTP requests only). */
export interface WithWritesBeforeAnswer {
  writesBeforeAnswer?: WritesBeforeAnswer;
}
