import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqlKeyProvider } from '@regie/privacy';
import { bsnBlindIndex } from '@regie/search';
import { migrate, type SqlDatabase } from '@regie/sql';
import { BERICHTEN_COMPONENT, berichtenMigrations } from '../src/store/migrations';
import { QueueProtection } from '../src/store/queue-protection';
import { FORGOTTEN_REASON, ReceivedBerichten, type NewReceived } from '../src/store/received-berichten';

const FIXTURES = join(__dirname, '../../berichten/test/fixtures');
/** A JW305 for BSN 999990019 (Sem Jansen) as it waits in the queue. */
const JW305 = readFileSync(join(FIXTURES, 'jw305-start-zorg.xml'), 'utf8');
const BSN = '999990019';

/** The table of received messages, against one database kind. */
export function receivedBerichtenSuite(name: string, open: () => Promise<{ db: SqlDatabase; close(): Promise<void> }>) {
  describe(`berichten_ontvangen on ${name}`, () => {
    let opened: { db: SqlDatabase; close(): Promise<void> };
    let received: ReceivedBerichten;
    let keys: SqlKeyProvider;

    beforeAll(async () => {
      opened = await open();
      await migrate(opened.db, BERICHTEN_COMPONENT, berichtenMigrations);
      keys = await SqlKeyProvider.open(opened.db);
      received = new ReceivedBerichten(opened.db, new QueueProtection(keys, (bsn) => bsnBlindIndex('test-key', bsn)));
    }, 60_000);
    afterAll(async () => {
      await keys?.close();
      await opened?.close();
    });

    /** Every byte of the table as PostgreSQL renders its rows, and on PostgreSQL its heap file as well. */
    async function tableBytes(): Promise<string> {
      const { rows } = await opened.db.query<{ row: string }>('select t::text as row from berichten_ontvangen t');
      let bytes = rows.map((row) => row.row).join('\n');
      if (opened.db.kind === 'postgres') {
        await opened.db.query('checkpoint');
        const file = await opened.db.query<{ data: Buffer }>(
          `select pg_read_binary_file(pg_relation_filepath('berichten_ontvangen')) as data`,
        );
        bytes += file.rows[0]!.data.toString('latin1');
      }
      return bytes;
    }

    async function wait(key: string, xml = JW305, bsns = [BSN]) {
      const one = message(key);
      await received.claim(one);
      await received.waiting(one.id, '0599', xml, bsns);
      return one;
    }

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
      await received.rejected(
        first.id,
        [{ code: 'TOEWIJZING_NOT_FOUND', path: 'Client', reason: 'x' }],
        'system:berichten',
      );
      expect(await received.claim(message('SZ2'))).toEqual({ claimed: true });
    });

    it('queues a waiting message per gemeente, sealed; hands it out once, opened; shreds it after a discard', async () => {
      const waiting = await wait('SZ3');
      expect((await received.queue('0599')).find((row) => row.id === waiting.id)?.xml).toBe(JW305);
      expect(await received.queue('0363')).toEqual([]);
      expect(await received.takeWaiting(waiting.id, '0363')).toBeUndefined();
      const taken = await received.takeWaiting(waiting.id, '0599');
      expect(taken).toMatchObject({ id: waiting.id, xml: JW305, status: 'PROCESSING' });
      expect(await received.takeWaiting(waiting.id, '0599')).toBeUndefined();
      await received.discarded(waiting.id, 'verhuisd', 'u-beheer');
      expect((await received.queue('0599')).map((row) => row.id)).not.toContain(waiting.id);
      const { rows } = await opened.db.query<{ xml: string | null; xml_sealed: unknown; status: string }>(
        'select xml, xml_sealed, status, discard_reason from berichten_ontvangen where id = $1::uuid',
        [waiting.id],
      );
      expect(rows[0]).toMatchObject({ xml: null, xml_sealed: null, status: 'DISCARDED', discard_reason: 'verhuisd' });
      expect(await keys.existingKey(QueueProtection.subject('0599', waiting.id))).toBeUndefined();
    });

    it('keeps no plaintext BSN or name of a waiting message in the table', async () => {
      await wait('SZ4');
      const bytes = await tableBytes();
      expect(bytes).not.toContain(BSN);
      expect(bytes).not.toContain('Jansen');
      expect(bytes).not.toContain('ToewijzingNummer');
      expect(bytes).toContain(bsnBlindIndex('test-key', BSN));
    });

    it('forgetting a person shreds the messages waiting for their BSN, in their gemeente only', async () => {
      const mine = await wait('SZ5');
      const other = await wait('SZ6', JW305, ['123456782']);
      expect(await received.forgetBsn('0363', BSN)).toBe(0);
      expect(await received.forgetBsn('0599', BSN)).toBeGreaterThanOrEqual(1);
      const ids = (await received.queue('0599')).map((row) => row.id);
      expect(ids).not.toContain(mine.id);
      expect(ids).toContain(other.id);
      const { rows } = await opened.db.query<{ status: string; discard_reason: string; xml_sealed: unknown }>(
        'select status, discard_reason, xml_sealed from berichten_ontvangen where id = $1::uuid',
        [mine.id],
      );
      expect(rows[0]).toEqual({ status: 'DISCARDED', discard_reason: FORGOTTEN_REASON, xml_sealed: null });
      expect(await keys.existingKey(QueueProtection.subject('0599', mine.id))).toBeUndefined();
      // A copy of the ciphertext taken before (a backup) opens to nothing once the key is gone.
      await expect(received.takeWaiting(mine.id, '0599')).resolves.toBeUndefined();
    });

    it('retention shreds what waited too long; an accepted message keeps no XML or key', async () => {
      const old = await wait('SZ7');
      await opened.db.query(
        `update berichten_ontvangen set received_at = now() - interval '400 days' where id = $1::uuid`,
        [old.id],
      );
      const fresh = await wait('SZ8', JW305, ['123456782']);
      expect([...(await received.expireWaiting(new Date(Date.now() - 365 * 86_400_000)))]).toEqual([['0599', 1]]);
      expect((await received.queue('0599')).map((row) => row.id)).toEqual(expect.arrayContaining([fresh.id]));
      expect((await received.queue('0599')).map((row) => row.id)).not.toContain(old.id);
      await received.takeWaiting(fresh.id, '0599');
      await received.accepted(fresh.id, 'h1', 'm1', ['e1'], 'u-beheer');
      expect(await keys.existingKey(QueueProtection.subject('0599', fresh.id))).toBeUndefined();
    });

    it('seals a message that waited in plain text before migration 2', async () => {
      const legacy = message('SZ9');
      await received.claim(legacy);
      await opened.db.query(`update berichten_ontvangen set status = 'WAITING', xml = $2 where id = $1::uuid`, [
        legacy.id,
        JW305,
      ]);
      expect(await received.sealPlaintextWaiting()).toBe(1);
      const { rows } = await opened.db.query<{ xml: string | null }>(
        'select xml from berichten_ontvangen where id = $1::uuid',
        [legacy.id],
      );
      expect(rows[0]!.xml).toBeNull();
      expect((await received.takeWaiting(legacy.id, '0599'))?.xml).toBe(JW305);
    });

    it('a refused link puts the message back as it waited: sealed, its key kept, with the refusals', async () => {
      const waiting = await wait('SZ10');
      expect((await received.waitingWithBsn('0599', BSN)).map((row) => row.id)).toContain(waiting.id);
      expect(await received.waitingWithBsn('0363', BSN)).toEqual([]);
      await received.takeWaiting(waiting.id, '0599');
      expect((await received.waitingWithBsn('0599', BSN)).map((row) => row.id)).not.toContain(waiting.id);
      const refusals = [{ code: 'TOEWIJZING_NOT_FOUND', path: 'Client', reason: 'Koppel eerst de toewijzing (301).' }];
      await received.stillWaiting(waiting.id, refusals);
      expect((await received.queue('0599')).find((row) => row.id === waiting.id)).toMatchObject({
        status: 'WAITING',
        xml: JW305,
        rejections: refusals,
      });
      expect(await keys.existingKey(QueueProtection.subject('0599', waiting.id))).toBeDefined();
      expect((await received.waitingWithBsn('0599', BSN)).map((row) => row.id)).toContain(waiting.id);
    });
  });
}
