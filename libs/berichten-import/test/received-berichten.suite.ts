import { randomUUID } from 'node:crypto';
import { migrate, type SqlDatabase } from '@regie/sql';
import { BERICHTEN_COMPONENT, berichtenMigrations } from '../src/store/migrations';
import { ReceivedBerichten, type NewReceived } from '../src/store/received-berichten';

/** The table of received messages, against one database kind. */
export function receivedBerichtenSuite(name: string, open: () => Promise<{ db: SqlDatabase; close(): Promise<void> }>) {
  describe(`berichten_ontvangen on ${name}`, () => {
    let opened: { db: SqlDatabase; close(): Promise<void> };
    let received: ReceivedBerichten;

    beforeAll(async () => {
      opened = await open();
      await migrate(opened.db, BERICHTEN_COMPONENT, berichtenMigrations);
      received = new ReceivedBerichten(opened.db);
    }, 60_000);
    afterAll(() => opened?.close());

    const message = (key: string, digest = 'd1'): NewReceived => ({
      id: randomUUID(),
      gemeente: '0599',
      berichtType: 'JW305',
      afzender: '75751234',
      identificatie: key,
      dagtekening: '2026-03-20',
      identificatieKey: `iJw/JW305/75751234/${key}`,
      digest,
    });

    it('takes one message per identity: a second claim gets the first row, even when both run at once', async () => {
      const [a, b] = [message('SZ1'), message('SZ1')];
      const results = await Promise.all([received.claim(a), received.claim(b)]);
      expect(results.filter((result) => result.claimed)).toHaveLength(1);
      const other = results.find((result) => !result.claimed) as { existing: { id: string; status: string } };
      expect([a.id, b.id]).toContain(other.existing.id);
      expect(other.existing.status).toBe('PROCESSING');
    });

    it('lets a refused message’s identity be claimed again', async () => {
      const first = message('SZ2');
      await received.claim(first);
      await received.rejected(first.id, [{ code: 'TOEWIJZING_NOT_FOUND', path: 'Client', reason: 'x' }]);
      expect(await received.claim(message('SZ2'))).toEqual({ claimed: true });
    });

    it('queues a waiting message per gemeente, hands it out once, and keeps no XML after a discard', async () => {
      const waiting = message('SZ3');
      await received.claim(waiting);
      await received.waiting(waiting.id, '<Bericht/>');
      expect((await received.queue('0599')).map((row) => row.id)).toContain(waiting.id);
      expect(await received.queue('0363')).toEqual([]);
      expect(await received.takeWaiting(waiting.id, '0363')).toBeUndefined();
      const taken = await received.takeWaiting(waiting.id, '0599');
      expect(taken).toMatchObject({ id: waiting.id, xml: '<Bericht/>', status: 'PROCESSING' });
      expect(await received.takeWaiting(waiting.id, '0599')).toBeUndefined();
      await received.discarded(waiting.id, 'verhuisd', 'u-beheer');
      expect((await received.queue('0599')).map((row) => row.id)).not.toContain(waiting.id);
      const { rows } = await opened.db.query<{ xml: string | null; status: string; discard_reason: string }>(
        'select xml, status, discard_reason from berichten_ontvangen where id = $1::uuid',
        [waiting.id],
      );
      expect(rows[0]).toEqual({ xml: null, status: 'DISCARDED', discard_reason: 'verhuisd' });
    });
  });
}
