/** The statements a transaction sent, so its commit counts only when every one of them succeeded. */
export class SentStatements {
  private readonly outcomes: Promise<unknown>[] = [];

  track<T>(statement: Promise<T>): Promise<T> {
    // The handler also keeps a failure that `work` never awaited from counting as an unhandled rejection.
    this.outcomes.push(
      statement.then(
        () => undefined,
        (error: unknown) => ({ failed: error }),
      ),
    );
    return statement;
  }

  async allSucceeded(): Promise<void> {
    for (const outcome of await Promise.all(this.outcomes)) {
      if (outcome) throw (outcome as { failed: unknown }).failed;
    }
  }
}
