import type { Duplex } from 'node:stream';

/**
 * Holds a connection's outgoing messages until the current tick ends, so statements sent together (a transaction's
 * `begin` with its first statement, writes sent side by side) leave in one write: one system call and one wake-up of
 * the server instead of one per statement. `pg` corks only around each statement's own messages.
 */
export function oneWritePerTick(stream: Duplex): <T>(send: () => T) => T {
  let corked = false;
  return (send) => {
    if (!corked) {
      corked = true;
      stream.cork();
      process.nextTick(() => {
        corked = false;
        stream.uncork();
      });
    }
    return send();
  };
}
