import type { SqlDatabase, SqlExecutor, TransactionOptions } from '@regie/sql';
import { migrate } from '@regie/sql';
import { HouseholdEventType as T, type DomainGrant } from '@regie/household';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { timelineMigrations, TIMELINE_COMPONENT, READ_MODEL_TABLES } from '../src/migrations';
import { TimelineProjector } from '../src/projection/timeline-projector';
import { prepareRebuildSchema, readModelSchemas, switchReadModel } from '../src/projection/blue-green';
import { TimelineReadModel } from '../src/query/timeline-read-model';
import { TimelineUpdates } from '../src/graphql/timeline-updates';
import { toEpisode } from '../src/graphql/mappers';
import { daysAgo, fakeRegistry, Household, regisseurA, regisseurB, registerProvider } from './fake-domain';

const AWKWARD_TEXT = ': regel één\nregel twee\tmet tab, \\N en C:\\pad\\.';

const AGB_A = '12345678';
const AGB_B = '87654321';
const AGB_C = '11223344';
const members = [
  { memberId: 'm-moeder', bsn: '111222333', name: 'Sanne', birthDate: '1985-02-01', relation: 'OUDER_VERZORGER' },
  { memberId: 'm-kind', bsn: '123456782', name: 'Noor', birthDate: '2014-06-01', relation: 'KIND' },
];

/** A grant that sees every domain, for tests of the read model itself (access control has its own tests). */
const EVERYTHING: DomainGrant[] = ['HOUSEHOLD', 'JEUGD', 'WMO', 'WERK_EN_INKOMEN'].map((domain) => ({
  domain,
  members: 'all',
}));

/** Every read-model table as sorted JSON, to compare whole states. */
async function snapshot(db: SqlDatabase): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await db.query<{ row: string }>(`select row_to_json(t)::text as row from ${table} t`);
    result[table] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** The projection suite, run against one database kind. */
export function projectionSuite(label: string, open: () => Promise<{ db: SqlDatabase; close(): Promise<void> }>) {
  describe(`timeline projection on ${label}`, () => {
    let db: SqlDatabase;
    let close: () => Promise<void>;
    let store: SqlEventStore;
    let projector: TimelineProjector;
    let readModel: TimelineReadModel;
    const errors: Error[] = [];

    beforeEach(async () => {
      ({ db, close } = await open());
      store = await SqlEventStore.create(db, { pollIntervalMs: 20 });
      await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
      projector = new TimelineProjector(store, db, fakeRegistry(), {
        retryDelayMs: 20,
        onError: (e) => errors.push(e),
      });
      readModel = new TimelineReadModel(db, fakeRegistry());
      errors.length = 0;
    });

    afterEach(async () => {
      await projector.stop();
      await close();
    });

    async function seed() {
      await registerProvider(store, AGB_A, 'Jeugdhulp Oost', ['JEUGD']);
      await registerProvider(store, AGB_B, 'Thuiszorg West', ['WMO']);
      const h = new Household(store);
      await h.record(
        T.registered,
        {
          householdId: h.id,
          gemeente: '0363',
          name: 'De Vries',
          members,
          address: { postcode: '1234AB', huisnummer: 1 },
        },
        '2025-01-02T09:00:00.000Z',
      );
      await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'intake' }, '2025-01-03T09:00:00.000Z');
      await h.record(
        T.planGoalSet,
        { goalId: 'g1', version: 1, title: 'Rust thuis', domains: ['JEUGD'], memberIds: ['m-kind'] },
        '2025-01-04T09:00:00.000Z',
      );
      await h.record(
        T.planGoalSet,
        {
          goalId: 'g1',
          version: 2,
          title: 'Rust thuis en school',
          domains: ['JEUGD'],
          memberIds: ['m-kind'],
          revisionReason: 'school erbij',
        },
        '2025-01-05T09:00:00.000Z',
      );
      await h.record(
        T.planGoalEvaluated,
        { goalId: 'g1', outcome: 'DEELS_BEREIKT', evaluatedOn: '2025-02-01' },
        '2025-02-01T09:00:00.000Z',
      );
      await h.record(
        T.sharingBasisRecorded,
        {
          basisId: 'b1',
          domain: 'JEUGD',
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: 'art. 2.3 Jeugdwet',
          memberIds: ['m-kind'],
          validFrom: '2025-01-01',
          validUntil: '2099-12-31',
        },
        '2025-01-06T09:00:00.000Z',
      );
      const waiting = daysAgo(60);
      const toewijzing = await h.record(
        'jeugd.ToewijzingVastgelegd',
        {
          toewijzingNummer: 'T1',
          memberId: 'm-kind',
          providerAgb: AGB_A,
          datum: waiting,
          product: 'ambulant',
          toelichting: 'geheim',
        },
        `${waiting}T10:00:00.000Z`,
      );
      const started = daysAgo(50);
      await h.record(
        'jeugd.ToewijzingVastgelegd',
        { toewijzingNummer: 'T2', memberId: 'm-kind', providerAgb: AGB_A, datum: daysAgo(60), product: 'dagbesteding' },
        `${daysAgo(60)}T11:00:00.000Z`,
      );
      const gestart = await h.record(
        'jeugd.ZorgGestart',
        { toewijzingNummer: 'T2', memberId: 'm-kind', providerAgb: AGB_A, datum: started },
        `${started}T10:00:00.000Z`,
      );
      await h.record(
        'wmo.ToewijzingVastgelegd',
        {
          toewijzingNummer: 'W1',
          memberId: 'm-moeder',
          providerAgb: AGB_B,
          datum: daysAgo(100),
          product: 'huishoudelijke hulp',
        },
        `${daysAgo(100)}T10:00:00.000Z`,
      );
      await h.record(
        T.regisseurAssigned,
        { regisseur: regisseurB, previous: regisseurA, reason: 'verhuizing' },
        '2025-03-01T09:00:00.000Z',
      );
      await h.record('jeugd.SignaalGemeld', { key: 'school', open: true }, '2025-03-02T09:00:00.000Z');
      return { h, toewijzing, gestart };
    }

    it('projects households, plan, providers and episodes, and replaying everything again changes nothing', async () => {
      await seed();
      await projector.start();
      await projector.catchUp(20_000);
      const first = await snapshot(db);
      expect(first.timeline_entries).toHaveLength(12);
      expect(first.providers).toHaveLength(2);
      // The domains with an entry in the household (need-to-know of their staff); the household's own are not one.
      const { rows } = await db.query<{ involved_domains: string[] }>('select involved_domains from households');
      expect(rows.map((row) => row.involved_domains)).toEqual([['JEUGD', 'WMO']]);

      // Reset only the checkpoint: every event is delivered and applied again.
      await projector.stop();
      await db.query('update projector_checkpoints set position = null');
      await projector.start();
      await projector.catchUp(20_000);
      expect(await snapshot(db)).toEqual(first);

      // And a rebuild from scratch gives the same tables too.
      const progress: unknown[] = [];
      const result = await projector.rebuild((p) => progress.push(p));
      expect(result.finished).toBe(true);
      expect(result.done).toBe(14);
      expect(await snapshot(db)).toEqual(first);
    });

    it('one event per transaction and one transaction for everything give the same tables', async () => {
      const { h, toewijzing, gestart } = await seed();
      await h.record(
        T.entryCorrected,
        {
          entryId: gestart.id,
          entryType: 'jeugd.ZorgGestart',
          domain: 'JEUGD',
          reason: 'datum',
          changes: { datum: daysAgo(45) },
        },
        '2025-04-02T09:00:00.000Z',
      );
      await h.record(
        T.entryWithdrawn,
        { entryId: toewijzing.id, entryType: 'jeugd.ToewijzingVastgelegd', domain: 'JEUGD', reason: 'dubbel' },
        '2025-04-03T09:00:00.000Z',
      );
      const oneByOne = new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1 });
      await oneByOne.rebuild();
      const expected = await snapshot(db);
      expect(expected.timeline_entries).toHaveLength(14);

      const all = await store.readAll({ maxCount: 1000 });
      await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
      await new TimelineProjector(store, db, fakeRegistry()).projectBatch(all);
      expect(await snapshot(db)).toEqual(expected);
    });

    // A Wmo consultant's review: care stopped "tijdelijk beëindigd" (307 reden 20) and started again (a new 305)
    // showed as not running, with the restart as its start and the old stop before it.
    it('care that starts again after a stop runs from the restart and keeps its first start, in any batches', async () => {
      const { h } = await seed();
      const wmo = (type: string, toewijzingNummer: string, datum: string, extra: Record<string, unknown> = {}) =>
        h.record(
          `wmo.${type}`,
          { toewijzingNummer, memberId: 'm-moeder', providerAgb: AGB_B, datum, product: 'begeleiding', ...extra },
          `${datum}T10:00:00.000Z`,
        );
      const reference = (type: string, entryId: string, entryType: string, changes?: Record<string, unknown>) =>
        h.record(
          type,
          { entryId, entryType, domain: 'WMO', reason: 'herstel', ...(changes ? { changes } : {}) },
          new Date().toISOString(),
        );
      await wmo('ToewijzingVastgelegd', 'R1', daysAgo(56), { ingangsdatum: daysAgo(56) });
      const firstStart = await wmo('ZorgGestart', 'R1', daysAgo(56));
      await wmo('ZorgGestopt', 'R1', daysAgo(6));
      await wmo('ZorgGestart', 'R1', daysAgo(1));
      // R2 started again too, but its restart is withdrawn: it is stopped again, on its stop.
      await wmo('ToewijzingVastgelegd', 'R2', daysAgo(40));
      await wmo('ZorgGestart', 'R2', daysAgo(30));
      await wmo('ZorgGestopt', 'R2', daysAgo(10));
      const restart = await wmo('ZorgGestart', 'R2', daysAgo(5));
      await reference(T.entryWithdrawn, restart.id, 'wmo.ZorgGestart');
      // A correction of R1's first start moves the first start, not the restart.
      await reference(T.entryCorrected, firstStart.id, 'wmo.ZorgGestart', { datum: daysAgo(55) });

      await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1 }).rebuild();
      const oneByOne = await snapshot(db);
      const { episodes } = await readModel.providers(h.id);
      const r1 = episodes.find((episode) => episode.key === 'R1')!;
      expect(r1).toMatchObject({
        ingangsdatum: daysAgo(56),
        gestart_op: daysAgo(55),
        restarted_on: daysAgo(1),
        gestopt_op: null,
      });
      // The wachttijd runs from the toewijzing to the first start, not to the restart.
      expect(toEpisode(r1, daysAgo(0), undefined)).toMatchObject({
        gestartOp: daysAgo(55),
        restartedOn: daysAgo(1),
        wachttijdDays: 1,
        stillWaiting: false,
      });
      expect(episodes.map((episode) => episode.key)).not.toContain('R2');
      const { rows } = await db.query<{ gestart_op: string; restarted_on: string | null; gestopt_op: string }>(
        `select gestart_op::text, restarted_on::text, gestopt_op::text from episodes where key = 'R2'`,
      );
      expect(rows).toEqual([{ gestart_op: daysAgo(30), restarted_on: null, gestopt_op: daysAgo(10) }]);

      // Cut anywhere in the new events, two batches give the tables one event per transaction gave.
      const all = await store.readAll({ maxCount: 1000 });
      const firstNew = all.findIndex(
        (event) => (event.data as { toewijzingNummer?: string }).toewijzingNummer === 'R1',
      );
      for (let cut = firstNew; cut < all.length; cut++) {
        await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
        const batches = new TimelineProjector(store, db, fakeRegistry());
        await batches.projectBatch(all.slice(0, cut));
        await batches.projectBatch(all.slice(cut));
        expect(await snapshot(db)).toEqual(oneByOne);
      }
    });

    it('a batch merges member, sharing-basis, regisseur and closing changes in event order, as one by one does', async () => {
      const { h } = await seed();
      const seeded = (await store.readAll({ maxCount: 1000 })).length;
      const oma = { memberId: 'm-oma', bsn: '999888777', name: 'Riet', birthDate: '1950-01-01', relation: 'OVERIG' };
      const regisseurC = { userId: 'regisseur-c', name: 'Carla' };
      const basis = (basisId: string, validUntil: string) => ({
        basisId,
        domain: 'WMO',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 5.2.1 Wmo 2015',
        memberIds: ['m-moeder', 'm-oma'],
        validFrom: '2025-01-01',
        validUntil,
      });
      const at = (day: number) => `2025-05-${String(day).padStart(2, '0')}T09:00:00.000Z`;
      await h.record(T.memberAdded, { member: oma }, at(1));
      await h.record(T.memberRemoved, { memberId: 'm-oma', reason: 'verhuisd' }, at(2));
      await h.record(T.memberAdded, { member: { ...oma, name: 'Riet de Vries' } }, at(3));
      await h.record(T.memberRemoved, { memberId: 'm-moeder', reason: 'verhuisd' }, at(4));
      await h.record(T.sharingBasisEnded, { basisId: 'b1', endedOn: '2025-05-05', reason: 'zorg beëindigd' }, at(5));
      await h.record(T.sharingBasisRecorded, basis('b2', '2025-12-31'), at(6));
      await h.record(T.sharingBasisEnded, { basisId: 'b2', endedOn: '2025-05-07', reason: 'te ruim' }, at(7));
      await h.record(T.sharingBasisRecorded, basis('b2', '2026-06-30'), at(8));
      await h.record(T.regisseurReleased, { regisseur: regisseurB, reason: 'ziek' }, at(9));
      await h.record(T.regisseurAssigned, { regisseur: regisseurC, reason: 'waarneming' }, at(10));
      await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'terug' }, at(11));
      await h.record(T.closed, { reason: 'klaar' }, at(12));
      await h.record(T.reopened, { reason: 'nieuwe melding' }, at(13));
      await h.record(T.addressRecorded, { address: { postcode: '3011AA', huisnummer: 5 } }, at(14));
      await h.record(T.addressRecorded, { address: { postcode: '3011AB', huisnummer: 7, huisletter: 'A' } }, at(15));

      await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1 }).rebuild();
      const oneByOne = await snapshot(db);
      // Two batches: the changes above meet the seed's rows as stored (member, basis and regisseur from before).
      const all = await store.readAll({ maxCount: 1000 });
      await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
      const batches = new TimelineProjector(store, db, fakeRegistry());
      await batches.projectBatch(all.slice(0, seeded));
      await batches.projectBatch(all.slice(seeded));
      expect(await snapshot(db)).toEqual(oneByOne);

      const { rows: memberRows } = await db.query<{ member_id: string; name: string; removed: boolean }>(
        'select member_id, name, removed from members order by member_id',
      );
      expect(memberRows).toEqual([
        { member_id: 'm-kind', name: 'Noor', removed: false },
        { member_id: 'm-moeder', name: 'Sanne', removed: true },
        { member_id: 'm-oma', name: 'Riet de Vries', removed: false },
      ]);
      const { rows: bases } = await db.query<{ basis_id: string; ended_on: string | null; valid_until: string }>(
        `select basis_id, ended_on::text, valid_until::text from sharing_bases order by basis_id`,
      );
      expect(bases).toEqual([
        { basis_id: 'b1', ended_on: '2025-05-05', valid_until: '2099-12-31' },
        { basis_id: 'b2', ended_on: '2025-05-07', valid_until: '2026-06-30' },
      ]);
      const { rows: handovers } = await db.query<{ from_name: string | null; to_name: string | null }>(
        'select from_name, to_name from regisseur_handovers order by global_position',
      );
      expect(handovers).toEqual([
        { from_name: null, to_name: regisseurA.name },
        { from_name: regisseurA.name, to_name: regisseurB.name },
        { from_name: regisseurB.name, to_name: null },
        { from_name: null, to_name: 'Carla' },
        { from_name: 'Carla', to_name: regisseurA.name },
      ]);
      const { rows: household } = await db.query<{ regisseur_user_id: string; closed: boolean; name: string }>(
        'select regisseur_user_id, closed, name from households',
      );
      expect(household).toEqual([{ regisseur_user_id: regisseurA.userId, closed: false, name: 'De Vries' }]);
    });

    it('keeps the woonadres as last recorded, and drops it when the whole household is past its retention', async () => {
      const { h } = await seed();
      await h.record(
        T.addressRecorded,
        { address: { postcode: '3011AB', huisnummer: 7, huisnummertoevoeging: '2' } },
        '2025-04-01T09:00:00.000Z',
      );
      await projector.start();
      await projector.catchUp(20_000);
      expect(await readModel.address(h.id)).toEqual({
        postcode: '3011AB',
        huisnummer: 7,
        huisletter: null,
        huisnummertoevoeging: '2',
      });
      const { rows } = await db.query<{ summary: string }>(`select summary from timeline_entries where type = $1`, [
        T.addressRecorded,
      ]);
      expect(rows).toEqual([{ summary: 'Woonadres vastgelegd' }]);

      await h.record(
        T.retentionExpired,
        { domains: [], wholeHousehold: true, memberIds: ['m-moeder', 'm-kind'] },
        '2045-04-01T09:00:00.000Z',
      );
      await projector.catchUp(20_000);
      expect(await readModel.address(h.id)).toBeUndefined();
      expect(JSON.stringify(await snapshot(db))).not.toContain('3011AB');
    });

    it('keeps one exclusive projector active; a standby takes over when it stops', async () => {
      const { h } = await seed();
      const applied = new Map<string, number>();
      const counting = (events: readonly { id: string }[]) => {
        events.forEach((event) => applied.set(event.id, (applied.get(event.id) ?? 0) + 1));
        return Promise.resolve();
      };
      const options = { exclusive: true, standbyRetryMs: 20, afterWrites: counting };
      const first = new TimelineProjector(store, db, fakeRegistry(), options);
      const second = new TimelineProjector(store, db, fakeRegistry(), options);
      await first.start();
      await second.start();
      expect([first.role, second.role]).toEqual(['active', 'standby']);
      await first.catchUp(20_000);
      // A rebuild no longer needs the active projector stopped: it builds next to it and switches.
      await second.rebuild();
      expect([first.role, second.role]).toEqual(['active', 'standby']);

      await first.stop();
      await h.record(T.closed, { reason: 'klaar' }, '2025-05-01T09:00:00.000Z');
      await second.catchUp(20_000);
      expect(second.role).toBe('active');
      await second.stop();
      const events = await store.readAll({ maxCount: 1000 });
      expect(applied.size).toBe(events.length);
      expect([...applied.values()].every((count) => count === 1)).toBe(true);
    });

    it('a crash between the read-model writes and the checkpoint leaves nothing of the event, and a restart projects it once', async () => {
      const { toewijzing } = await seed();
      const all = await store.readAll();
      const index = all.findIndex((event) => event.id === toewijzing.id);
      let crashes = 0;
      const crashing = new TimelineProjector(store, db, fakeRegistry(), {
        afterWrites: async (events) => {
          if (events.some((event) => event.id === toewijzing.id) && crashes++ === 0) throw new Error('power cut');
        },
      });
      await crashing.projectBatch(all.slice(0, index));
      await expect(crashing.projectBatch(all.slice(index, index + 1))).rejects.toThrow('power cut');
      const entry = await db.query('select 1 from timeline_entries where event_id = $1', [toewijzing.id]);
      expect(entry.rows).toHaveLength(0);
      expect((await db.query('select 1 from episodes where key = $1', ['T1'])).rows).toHaveLength(0);
      expect((await db.query('select 1 from household_providers')).rows).toHaveLength(0);
      expect(await crashing.checkpoint()).toBe(all[index - 1]!.position);

      // Restart: the subscription resumes from the checkpoint and projects the event exactly once.
      await crashing.start();
      await crashing.catchUp(20_000);
      await crashing.stop();
      const afterRestart = await snapshot(db);
      expect(afterRestart.timeline_entries.filter((row) => row.includes(toewijzing.id))).toHaveLength(1);
      await projector.rebuild();
      expect(await snapshot(db)).toEqual(afterRestart);
    });

    it('a failing transaction in the live subscription is retried from the checkpoint', async () => {
      await seed();
      let failures = 0;
      const flaky = new TimelineProjector(store, db, fakeRegistry(), {
        retryDelayMs: 10,
        onError: (error) => errors.push(error),
        afterWrites: async () => {
          if (failures++ < 2) throw new Error('transient');
        },
      });
      await flaky.start();
      await flaky.catchUp(20_000);
      await flaky.stop();
      expect(errors.map((e) => e.message)).toEqual(['transient', 'transient']);
      expect((await db.query('select 1 from timeline_entries')).rows).toHaveLength(12);
    });

    it('projects by when an agreement is to be done (dueOn), and none when it has no date', async () => {
      const h = new Household(store);
      await h.record(
        T.registered,
        { householdId: h.id, gemeente: '0363', name: 'Jansen', members },
        '2025-01-01T00:00:00.000Z',
      );
      const agreement = { description: 'Moeder belt de corporatie', party: 'HUISHOUDEN', memberIds: [] };
      const at = '2025-02-01T09:00:00.000Z';
      await h.record(T.planAgreementRecorded, { ...agreement, agreementId: 'a-datum', dueOn: '2025-03-01' }, at);
      await h.record(T.planAgreementRecorded, { ...agreement, agreementId: 'a-zonder' }, at);
      await projector.start();
      await projector.catchUp(20_000);
      const rows = await readModel.agreements(h.id);
      expect(rows.map((row) => [row.agreement_id, row.due_on])).toEqual([
        ['a-datum', '2025-03-01'],
        ['a-zonder', null],
      ]);
    });

    it('pages are stable while new events arrive: no skips, no repeats', async () => {
      const h = new Household(store);
      await h.record(
        T.registered,
        { householdId: h.id, gemeente: '0363', name: 'Jansen', members },
        '2025-01-01T00:00:00.000Z',
      );
      for (let i = 0; i < 30; i++) {
        // Pairs share an occurredAt to exercise the tie-break on position.
        const at = new Date(Date.UTC(2025, 1, 1 + Math.floor(i / 2))).toISOString();
        await h.record(
          T.planAgreementRecorded,
          { agreementId: `a${i}`, description: `afspraak ${i}`, party: 'HUISHOUDEN', memberIds: [] },
          at,
        );
      }
      await projector.start();
      await projector.catchUp(20_000);
      const expected = (await readModel.timeline(h.id, EVERYTHING, 200, null)).rows.map((r) => r.row.event_id);
      expect(expected).toHaveLength(31);

      const seen: string[] = [];
      let after: string | null = null;
      let round = 0;
      for (;;) {
        const page = await readModel.timeline(h.id, EVERYTHING, 7, after);
        seen.push(...page.rows.map((r) => r.row.event_id));
        // Between pages: newer events, events at the same instant as existing ones, and a back-dated one.
        await h.record(
          T.planAgreementRecorded,
          { agreementId: `n${round}`, description: 'nieuw', party: 'NETWERK', memberIds: [] },
          new Date().toISOString(),
        );
        await h.record(
          T.planAgreementRecorded,
          { agreementId: `s${round}`, description: 'zelfde moment', party: 'NETWERK', memberIds: [] },
          '2025-02-03T00:00:00.000Z',
        );
        await projector.catchUp(20_000);
        round++;
        if (!page.hasNextPage) break;
        after = page.rows.at(-1)!.cursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of expected) expect(seen).toContain(id);
    });

    it('filters by domain, provider, member, type and period, with totalCount', async () => {
      const { h } = await seed();
      await projector.start();
      await projector.catchUp(20_000);
      const ids = async (filter: Parameters<TimelineReadModel['timeline']>[4]) => {
        const page = await readModel.timeline(h.id, EVERYTHING, 50, null, filter);
        return { count: await page.countTotal(), types: page.rows.map((r) => r.row.type) };
      };
      expect((await ids({ domains: ['JEUGD'] })).count).toBe(4);
      expect((await ids({ domains: ['WMO', 'HOUSEHOLD'] })).count).toBe(8);
      expect((await ids({ providerAgb: AGB_B })).types).toEqual(['wmo.ToewijzingVastgelegd']);
      expect((await ids({ memberId: 'm-kind' })).count).toBe(3);
      expect((await ids({ types: [T.planGoalSet] })).count).toBe(2);
      const period = await ids({ from: new Date('2025-01-04T00:00:00Z'), to: new Date('2025-01-05T23:59:59Z') });
      expect(period.types).toEqual([T.planGoalSet, T.planGoalSet]);
      const newestFirst = (await readModel.timeline(h.id, EVERYTHING, 50, null)).rows.map((r) =>
        r.row.occurred_at.getTime(),
      );
      expect([...newestFirst].sort((a, b) => b - a)).toEqual(newestFirst);

      // The grant bounds every filter: a domain granted for one member only shows that member's entries.
      const onlyKind = await readModel.timeline(h.id, [{ domain: 'JEUGD', members: ['m-kind'] }], 50, null, {});
      expect(await onlyKind.countTotal()).toBe(3);
      expect(onlyKind.rows.every((r) => r.row.domain === 'JEUGD' && r.row.member_id === 'm-kind')).toBe(true);
      const householdOnly = [{ domain: 'HOUSEHOLD', members: 'all' as const }];
      expect(await (await readModel.timeline(h.id, householdOnly, 50, null, { domains: ['WMO'] })).countTotal()).toBe(
        0,
      );
    });

    it('providers with active toewijzingen, wachttijd against the Jeugd norm, and my households counters', async () => {
      const { h, gestart } = await seed();
      await projector.start();
      await projector.catchUp(20_000);
      const today = daysAgo(0);
      const { providers, episodes } = await readModel.providers(h.id);
      expect(providers.map((p) => [p.agb_code, p.name, p.domains])).toEqual(
        expect.arrayContaining([
          [AGB_A, 'Jeugdhulp Oost', ['JEUGD']],
          [AGB_B, 'Thuiszorg West', ['WMO']],
        ]),
      );
      const byKey = Object.fromEntries(
        episodes.map((e) => [e.key, toEpisode(e, today, e.domain === 'JEUGD' ? 42 : undefined)]),
      );
      expect(byKey.T1).toMatchObject({ wachttijdDays: 60, stillWaiting: true, overNorm: true, normDays: 42 });
      expect(byKey.T2).toMatchObject({ wachttijdDays: 10, stillWaiting: false, overNorm: false });
      expect(byKey.W1).toMatchObject({ wachttijdDays: 100, stillWaiting: true, overNorm: false, normDays: null });

      // Counters count only what the regisseur may see: the Jeugd basis covers the child only, Wmo has none, and
      // the Jeugd signal is about the household as a whole.
      let mine = await readModel.householdsOfRegisseur(regisseurB.userId, '0363', 10, null);
      expect(mine.rows.map((r) => r.row)).toEqual([
        expect.objectContaining({ id: h.id, name: 'De Vries', active_providers: 1, open_signals: 0, overdue_waits: 1 }),
      ]);
      expect(await (await readModel.householdsOfRegisseur(regisseurA.userId, '0363', 10, null)).countTotal()).toBe(0);
      expect(await (await readModel.householdsOfRegisseur(regisseurB.userId, '0599', 10, null)).countTotal()).toBe(0);
      for (const domain of ['JEUGD', 'WMO']) {
        await h.record(
          T.sharingBasisRecorded,
          {
            basisId: `all-${domain}`,
            domain,
            grondslag: 'WETTELIJKE_TAAK',
            wettelijkeBepaling: 'test',
            memberIds: [],
            validFrom: '2025-01-01',
            validUntil: '2099-12-31',
          },
          new Date().toISOString(),
        );
      }
      await projector.catchUp(20_000);
      mine = await readModel.householdsOfRegisseur(regisseurB.userId, '0363', 10, null);
      expect(mine.rows[0]!.row).toMatchObject({ active_providers: 2, open_signals: 1, overdue_waits: 1 });

      // Withdrawing the start (StatusAanlevering 3) makes T2 wait again: now overdue too.
      await h.record(
        T.entryWithdrawn,
        { entryId: gestart.id, entryType: 'jeugd.ZorgGestart', domain: 'JEUGD', reason: 'verkeerd' },
        new Date().toISOString(),
      );
      await h.record('jeugd.SignaalGemeld', { key: 'school', open: false }, new Date().toISOString());
      await projector.catchUp(20_000);
      mine = await readModel.householdsOfRegisseur(regisseurB.userId, '0363', 10, null);
      expect(mine.rows[0]!.row).toMatchObject({ overdue_waits: 2, open_signals: 0 });
      const [withdrawn] = await readModel.entries([gestart.id]);
      expect(withdrawn!.withdrawn_by).not.toBeNull();
    });

    it('keeps the regisseur handover history and marks corrected entries', async () => {
      const { h, toewijzing } = await seed();
      await h.record(T.regisseurReleased, { regisseur: regisseurB, reason: 'afgesloten' }, '2025-04-01T09:00:00.000Z');
      const correction = await h.record(
        T.entryCorrected,
        {
          entryId: toewijzing.id,
          entryType: 'jeugd.ToewijzingVastgelegd',
          domain: 'JEUGD',
          reason: 'datum',
          changes: {},
        },
        '2025-04-02T09:00:00.000Z',
      );
      await projector.start();
      await projector.catchUp(20_000);
      const history = await readModel.handovers(h.id);
      expect(history.map((row) => [row.from_user_id, row.to_user_id, row.reason])).toEqual([
        [null, regisseurA.userId, 'intake'],
        [regisseurA.userId, regisseurB.userId, 'verhuizing'],
        [regisseurB.userId, null, 'afgesloten'],
      ]);
      expect((await readModel.household(h.id))!.regisseur_user_id).toBeNull();
      const [corrected] = await readModel.entries([toewijzing.id]);
      expect(corrected!.corrected_by).toEqual([correction.id]);
      const { versions, evaluations } = await readModel.goals(h.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(evaluations.map((e) => e.outcome)).toEqual(['DEELS_BEREIKT']);
    });

    /** Every table after an incremental projection of the whole store, from empty, in one batch. */
    async function incremental(): Promise<Record<string, string[]>> {
      await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
      await new TimelineProjector(store, db, fakeRegistry()).projectBatch(await store.readAll({ maxCount: 10_000 }));
      return snapshot(db);
    }

    it('a blue/green rebuild while the live projector runs and events keep coming equals incremental projection', async () => {
      const { h } = await seed();
      await projector.start();
      await projector.catchUp(20_000);
      // Small batches: the rebuild takes several transactions, and events arrive in between.
      const rebuilding = new TimelineProjector(store, db, fakeRegistry(), { batchSize: 3 }).rebuild();
      for (let day = 1; day <= 8; day++) {
        await h.record(
          T.planGoalSet,
          // Text a rebuild copies in (COPY's text format) must come out as the incremental projection wrote it.
          {
            goalId: `g-${day}`,
            version: 1,
            title: `Doel ${day}${AWKWARD_TEXT}`,
            domains: ['JEUGD'],
            memberIds: ['m-kind'],
          },
          `2025-06-${String(day).padStart(2, '0')}T09:00:00.000Z`,
        );
      }
      const result = await rebuilding;
      expect(result.finished).toBe(true);
      await h.record(T.closed, { reason: 'klaar' }, '2025-07-01T09:00:00.000Z');
      await projector.catchUp(20_000);
      expect(errors).toEqual([]);
      const { rows: schemas } = await db.query<{ nspname: string }>(
        `select nspname from pg_namespace where nspname like '%rebuild' or nspname like '%retired'`,
      );
      expect(schemas).toEqual([]);
      const live = await snapshot(db);
      expect(live.goals.length).toBeGreaterThanOrEqual(10);
      expect(
        live.timeline_entries.filter((row) => row.includes(JSON.stringify(AWKWARD_TEXT).slice(1, -1))).length,
      ).toBeGreaterThanOrEqual(8);
      await projector.stop();
      expect(await incremental()).toEqual(live);
    });

    it('after a switch the live projector drops the names it cached from the old tables', async () => {
      const { h } = await seed();
      const seeded = await store.readAll({ maxCount: 1000 });
      // The live projector, driven by hand: it has cached the seed's provider and member names.
      const live = new TimelineProjector(store, db, fakeRegistry());
      await live.projectBatch(seeded);
      // Events the rebuild projects and the live projector never sees (the switch's checkpoint covers them).
      await registerProvider(store, AGB_C, 'Zorg Noord', ['JEUGD']);
      const oma = { memberId: 'm-oma', bsn: '999888777', name: 'Riet', birthDate: '1950-01-01', relation: 'OVERIG' };
      await h.record(T.memberAdded, { member: oma }, '2025-06-01T09:00:00.000Z');
      await new TimelineProjector(store, db, fakeRegistry()).rebuild();
      // Then an event that names both.
      await h.record(
        'jeugd.ToewijzingVastgelegd',
        { toewijzingNummer: 'T9', memberId: 'm-oma', providerAgb: AGB_C, datum: '2025-06-02', product: 'ambulant' },
        '2025-06-02T09:00:00.000Z',
      );
      const all = await store.readAll({ maxCount: 1000 });
      await live.projectBatch(all.slice(seeded.length));
      const switched = await snapshot(db);
      expect(switched.timeline_entries.some((row) => row.includes('Zorg Noord'))).toBe(true);
      expect(await incremental()).toEqual(switched);
    });

    it('a rebuild goes on from its own checkpoint after an interruption, and leaves the live tables alone until the switch', async () => {
      await seed();
      await projector.start();
      await projector.catchUp(20_000);
      await projector.stop();
      const before = await snapshot(db);
      // A rebuild cut off after a few batches: the schema and its checkpoint stay.
      const schemas = await readModelSchemas(db);
      await prepareRebuildSchema(db, schemas);
      const partial = new TimelineProjector(store, db, fakeRegistry(), { rebuildInto: schemas });
      const all = await store.readAll({ maxCount: 1000 });
      await partial.projectBatch(all.slice(0, 5));
      expect(await snapshot(db)).toEqual(before);
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from ${schemas.rebuild}.timeline_entries`,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);

      const result = await new TimelineProjector(store, db, fakeRegistry()).rebuild();
      expect(result.resumed).toBe(true);
      expect(result.done).toBe(all.length - 5);
      expect(await snapshot(db)).toEqual(before);
    });

    it('the switch refuses when a migration changed the live tables during the rebuild; the next rebuild starts over', async () => {
      await seed();
      await projector.start();
      await projector.catchUp(20_000);
      await projector.stop();
      const schemas = await readModelSchemas(db);
      await prepareRebuildSchema(db, schemas);
      await db.query('alter table households add column nickname text');
      const before = await snapshot(db);
      await expect(switchReadModel(db, schemas, 'timeline', 'unused')).rejects.toThrow('changed shape');
      expect(await snapshot(db)).toEqual(before);
      const result = await new TimelineProjector(store, db, fakeRegistry()).rebuild();
      expect(result.resumed).toBe(false);
      const { rows } = await db.query<{ nickname: string | null }>('select nickname from households');
      expect(rows).toEqual([{ nickname: null }]);
    });

    it('a rebuild over two or three household partitions equals one projector, provider names included', async () => {
      await seed();
      const households = Array.from({ length: 8 }, () => new Household(store));
      const at = (day: number) => `2025-07-${String(day).padStart(2, '0')}T09:00:00.000Z`;
      for (const [i, h] of households.entries()) {
        await h.record(
          T.registered,
          { householdId: h.id, gemeente: '0363', name: `Gezin ${i}`, members: [members[1]!] },
          at(1),
        );
        // Before the provider is registered: no name yet, whichever worker projects it.
        await h.record(
          'jeugd.ToewijzingVastgelegd',
          {
            toewijzingNummer: `V${i}`,
            memberId: 'm-kind',
            providerAgb: AGB_C,
            datum: '2025-07-02',
            product: 'ambulant',
          },
          at(2),
        );
      }
      await registerProvider(store, AGB_C, 'Zorg Noord', ['JEUGD']);
      for (const [i, h] of households.entries()) {
        await h.record(
          'jeugd.ToewijzingVastgelegd',
          {
            toewijzingNummer: `N${i}`,
            memberId: 'm-kind',
            providerAgb: AGB_C,
            datum: '2025-07-03',
            product: 'ambulant',
          },
          at(3),
        );
        await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'intake' }, at(4));
      }
      await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1000 }).rebuild();
      const single = await snapshot(db);
      expect(single.timeline_entries.filter((row) => row.includes('Zorg Noord'))).toHaveLength(8);
      for (const workers of [2, 3]) {
        const result = await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 4 }).rebuild(undefined, {
          workers,
        });
        expect(result.done).toBe((await store.readAll({ maxCount: 1000 })).length);
        expect(await snapshot(db)).toEqual(single);
      }
    });

    it('a live batch does not wait for its flush to disk; a batch before catching up does', async () => {
      await seed();
      const durability: (boolean | undefined)[] = [];
      const watched: SqlDatabase = Object.assign(Object.create(db) as SqlDatabase, {
        transaction: <T>(work: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions) => {
          durability.push(options?.durable);
          return db.transaction(work, options);
        },
      });
      const live = new TimelineProjector(store, watched, fakeRegistry(), { onError: (e) => errors.push(e) });
      await live.projectBatch(await store.readAll());
      expect(durability).toEqual([true]);
      await live.start();
      while (!live.isCaughtUp) await new Promise((resolve) => setTimeout(resolve, 5));
      durability.length = 0;
      const h = new Household(store);
      const { position } = await h.record(
        T.registered,
        { householdId: h.id, gemeente: '0363', name: 'Bakker', members },
        '2025-01-01T00:00:00.000Z',
      );
      expect(await live.waitFor(position, 5000)).toBe(true);
      await live.stop();
      expect(durability).toEqual([false]);
      expect((await db.query('select 1 from households where id = $1', [h.id])).rows).toHaveLength(1);
      expect(errors).toEqual([]);
    });

    it('waitFor resolves once the checkpoint passes a position, and subscribers get new entries', async () => {
      const h = new Household(store);
      await projector.start();
      const updates = new TimelineUpdates(db, readModel);
      const iterator = updates.subscribe(h.id);
      const next = iterator.next();
      const { position } = await h.record(
        T.registered,
        { householdId: h.id, gemeente: '0363', name: 'Bakker', members },
        '2025-01-01T00:00:00.000Z',
      );
      expect(await projector.waitFor(position, 5000)).toBe(true);
      const pushed = await next;
      expect(pushed.value).toMatchObject({ household_id: h.id, type: T.registered });
      await iterator.return!();
      await updates.close();
      expect(await projector.waitFor(position + 100n, 50)).toBe(false);
    });
  });
}
