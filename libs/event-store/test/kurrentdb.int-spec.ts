import { KurrentDbEventStore } from '../src/kurrentdb/kurrentdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

const url = process.env.KURRENTDB_URL;

if (url) {
  describeEventStoreContract('KurrentDB', {
    hasTransactions: false,
    open: async () => KurrentDbEventStore.connect(url),
  });
} else {
  // One line in the run's output, so nobody mistakes a skipped suite for a passed one.
  process.stderr.write(
    'KurrentDB contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server on this machine).\n',
  );
  describe.skip('EventStore contract: KurrentDB (KURRENTDB_URL not set)', () => {
    it('runs when KURRENTDB_URL points at a KurrentDB or EventStoreDB 22.10+ server', () => undefined);
  });
}
