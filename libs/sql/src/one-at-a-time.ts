/**
 * Starts each statement when the one sent before it has settled (succeeded or failed), in the order sent: for a
 * connection without pipelining, where `pg` would otherwise queue them itself (deprecated since pg 8.x).
 */
export function oneAtATime(): <T>(send: () => Promise<T>) => Promise<T> {
  let previous: Promise<unknown> = Promise.resolve();
  return (send) => {
    const started = previous.then(send, send);
    previous = started.catch(() => undefined);
    return started;
  };
}
