import type { SqlDatabase } from '@regie/sql';
import { migrate } from '@regie/sql';
import { ERASED_TEXT, HouseholdEventType as T, todayInNetherlands } from '@regie/household';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { timelineMigrations, TIMELINE_COMPONENT, READ_MODEL_TABLES } from '../src/migrations';
import { TimelineProjector } from '../src/projection/timeline-projector';
import { InsightReadModel } from '../src/query/insight-read-model';
import { TimelineReadModel } from '../src/query/timeline-read-model';
import { daysAgo, fakeRegistry, fakeVijfde, Household, regisseurA, registerProvider } from './fake-domain';
import { worklistLabels } from '../src/insight/worklist';
import { toEpisode } from '../src/graphql/mappers';

const AGB = '12345678';
const members = [
  { memberId: 'm-moeder', bsn: '111222333', name: 'Sanne', birthDate: '1985-02-01', relation: 'OUDER_VERZORGER' },
  { memberId: 'm-kind', bsn: '123456782', name: 'Noor', birthDate: '2014-06-01', relation: 'KIND' },
];
const rungs = (considered: boolean) =>
  Object.fromEntries(
    ['EIGEN_KRACHT', 'GEBRUIKELIJKE_HULP', 'MANTELZORG', 'SOCIAAL_NETWERK', 'ALGEMENE_VOORZIENING'].map((rung) => [
      rung,
      { considered, sufficient: considered ? 'NEE' : undefined, toelichting: 'geheim' },
    ]),
  );

async function snapshot(db: SqlDatabase): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await db.query<{ row: string }>(`select row_to_json(t)::text as row from ${table} t`);
    result[table] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** Afwegingen, maatwerk, cost lines, ZRM, maatwerkbudget and signal kinds, on one database kind. */
export function insightProjectionSuite(
  label: string,
  open: () => Promise<{ db: SqlDatabase; close(): Promise<void> }>,
) {
  describe(`timeline insight projection on ${label}`, () => {
    let db: SqlDatabase;
    let close: () => Promise<void>;
    let store: SqlEventStore;
    let projector: TimelineProjector;
    let insight: InsightReadModel;

    beforeEach(async () => {
      ({ db, close } = await open());
      store = await SqlEventStore.create(db, { pollIntervalMs: 20 });
      await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
      projector = new TimelineProjector(store, db, fakeRegistry(), { retryDelayMs: 20 });
      insight = new InsightReadModel(db, fakeRegistry());
    });

    afterEach(async () => {
      await projector.stop();
      await close();
    });

    async function seed() {
      await registerProvider(store, AGB, 'Jeugdhulp Oost', ['JEUGD']);
      const h = new Household(store);
      await h.record(T.registered, { householdId: h.id, gemeente: '0363', name: 'De Vries', members }, '2025-01-02');
      await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'intake' }, '2025-01-03T09:00:00.000Z');
      for (const [basisId, domain] of [
        ['b1', 'JEUGD'],
        ['b2', 'WMO'],
      ]) {
        await h.record(
          T.sharingBasisRecorded,
          {
            basisId,
            domain,
            grondslag: 'WETTELIJKE_TAAK',
            wettelijkeBepaling: 'art. 2.3 Jeugdwet',
            memberIds: [],
            validFrom: '2025-01-01',
            validUntil: '2099-12-31',
          },
          '2025-01-04',
        );
      }
      await h.record(
        T.afwegingRecorded,
        {
          afwegingId: 'a1',
          domain: 'JEUGD',
          memberId: 'm-kind',
          requestKey: 'v1',
          assessedOn: '2025-01-10',
          rungs: rungs(true),
          outcome: 'MAATWERK',
          netwerk: 'buurvrouw Els',
        },
        '2025-01-10',
      );
      const cost = (key: string) => ({
        key,
        memberId: 'm-kind',
        providerAgb: AGB,
        validFrom: '2025-02-01',
        validUntil: '2025-12-31',
        tariff: { kind: 'PER_MAAND', monthlyCents: 100_000 },
      });
      const maatwerk = (key: string, lowerRungsConsidered: boolean) => ({
        key,
        memberId: 'm-kind',
        category: '45',
        decidedOn: daysAgo(10),
        lowerRungsConsidered,
        alternativesOffered: 2,
        reasonNoAlternativeGiven: true,
      });
      const t1 = await h.record(
        'jeugd.ToewijzingVastgelegd',
        {
          toewijzingNummer: 'T1',
          memberId: 'm-kind',
          providerAgb: AGB,
          datum: daysAgo(60),
          cost: cost('T1'),
          maatwerk: maatwerk('T1', false),
        },
        `${daysAgo(60)}T10:00:00.000Z`,
      );
      const t2 = await h.record(
        'jeugd.ToewijzingVastgelegd',
        {
          toewijzingNummer: 'T2',
          memberId: 'm-kind',
          providerAgb: AGB,
          datum: daysAgo(20),
          cost: cost('T2'),
          maatwerk: maatwerk('T2', false),
        },
        `${daysAgo(20)}T10:00:00.000Z`,
      );
      await h.record(
        T.entryCorrected,
        {
          entryId: t1.id,
          entryType: 'jeugd.ToewijzingVastgelegd',
          domain: 'JEUGD',
          reason: 'einde',
          changes: { einddatum: '2025-06-30' },
        },
        '2025-03-01',
      );
      await h.record(
        T.entryWithdrawn,
        { entryId: t2.id, entryType: 'jeugd.ToewijzingVastgelegd', domain: 'JEUGD', reason: 'dubbel' },
        '2025-03-02',
      );
      // Corrections of what a toewijzing costs (issue 13 item 23): the budget after an end, both stay; a correction
      // that takes the tariff basis away takes the cost line with it. Wmo (no waiting norm), so the worklist stays.
      const t3 = await h.record(
        'wmo.ToewijzingVastgelegd',
        { toewijzingNummer: 'T3', memberId: 'm-kind', providerAgb: AGB, datum: '2025-02-01', cost: cost('T3') },
        '2025-02-01',
      );
      const t4 = await h.record(
        'wmo.ToewijzingVastgelegd',
        { toewijzingNummer: 'T4', memberId: 'm-kind', providerAgb: AGB, datum: '2025-02-01', cost: cost('T4') },
        '2025-02-01',
      );
      for (const [entry, changes] of [
        [t3, { einddatum: '2025-09-30' }],
        [t3, { budget: 900_000 }],
        [t4, { cost: null }],
      ] as const) {
        await h.record(
          T.entryCorrected,
          { entryId: entry.id, entryType: 'wmo.ToewijzingVastgelegd', domain: 'WMO', reason: 'fout', changes },
          '2025-03-03',
        );
      }
      await h.record(
        'jeugd.SignaalGemeld',
        { key: 's-wgs', open: true, kind: 'WGS_VROEGSIGNAAL', dueOn: daysAgo(5) },
        `${daysAgo(30)}T09:00:00.000Z`,
      );
      await h.record('jeugd.SignaalGemeld', { key: 's-old', open: true }, `${daysAgo(30)}T09:00:00.000Z`);
      await h.record(
        'wmo.SignaalGemeld',
        { key: 'melding-1', open: true, kind: 'WMO_ONDERZOEK', dueOn: daysAgo(12) },
        `${daysAgo(54)}T09:00:00.000Z`,
      );
      for (const [zrmId, scoredOn, score] of [
        ['z1', '2025-01-15', 2],
        ['z2', '2025-04-15', 4],
      ] as const) {
        await h.record(
          T.zrmScored,
          {
            zrmId,
            memberId: 'm-moeder',
            scoredOn,
            scores: [
              { domain: 'FINANCIEN', score },
              { domain: 'HUISVESTING', score: 3 },
            ],
            goalIds: ['g1'],
          },
          scoredOn,
        );
      }
      await h.record(
        T.maatwerkbudgetSpent,
        {
          spendId: 'sp1',
          amountCents: 85_000,
          spentOn: '2025-02-01',
          budgetYear: 2025,
          purpose: 'huurachterstand februari',
          prevents: 'HUISUITZETTING',
          memberIds: ['m-moeder'],
          answersGoalId: 'g1',
        },
        '2025-02-01',
      );
      await h.record(
        T.maatwerkbudgetEvaluated,
        { spendId: 'sp1', evaluatedOn: '2025-05-01', worked: 'JA', note: 'woning behouden' },
        '2025-05-01',
      );
      return h;
    }

    it('projects afwegingen, maatwerk, cost lines, ZRM and spends; replay and rebuild give the same tables', async () => {
      const h = await seed();
      await projector.start();
      await projector.catchUp(20_000);
      const first = await snapshot(db);

      const [afweging] = await insight.afwegingen(h.id);
      expect(afweging).toMatchObject({ domain: 'JEUGD', key: 'a1', member_id: 'm-kind', outcome: 'MAATWERK' });
      expect(JSON.stringify(afweging.rungs)).not.toContain('geheim');
      expect((await insight.maatwerkDecisions(h.id)).map((row) => row.key)).toEqual(['T1']);
      const lines = await insight.costLines(h.id);
      const byKey = [...lines].sort((a, b) => a.key.localeCompare(b.key));
      expect(byKey.map((row) => [row.key, row.valid_until, row.tariff])).toEqual([
        ['T1', '2025-06-30', { kind: 'PER_MAAND', monthlyCents: 100_000 }],
        ['T3', '2025-09-30', { kind: 'BUDGET', budgetCents: 900_000 }],
      ]);
      expect(await insight.zrmScores(h.id)).toHaveLength(4);
      expect(await insight.spends(h.id)).toEqual([
        expect.objectContaining({
          spend_id: 'sp1',
          amount_cents: '85000',
          evaluation_result: 'JA',
          answers_goal_id: 'g1',
          answers_entry_id: null,
        }),
      ]);
      const { rows: signals } = await db.query<{ key: string; kind: string }>(
        'select key, kind from signals order by key',
      );
      expect(signals).toEqual([
        { key: 'melding-1', kind: 'WMO_ONDERZOEK' },
        { key: 's-old', kind: 'WGS_VROEGSIGNAAL' },
        { key: 's-wgs', kind: 'WGS_VROEGSIGNAAL' },
      ]);
      const { rows: summaries } = await db.query<{ summary: string }>(
        `select summary from timeline_entries where type like 'household.%' and category in ('Afweging', 'ZRM', 'Maatwerkbudget')
         order by global_position`,
      );
      expect(summaries.map((row) => row.summary)).toEqual([
        'Afweging Jeugd voor Noor: maatwerk',
        'ZRM gescoord voor Sanne: 2 domeinen',
        'ZRM gescoord voor Sanne: 2 domeinen',
        'Maatwerkbudget: € 850 om huisuitzetting te voorkomen',
        'Maatwerkbudget geëvalueerd: het werkte',
      ]);

      await projector.stop();
      await db.query('update projector_checkpoints set position = null');
      await projector.start();
      await projector.catchUp(20_000);
      expect(await snapshot(db)).toEqual(first);

      expect((await projector.rebuild()).finished).toBe(true);
      expect(await snapshot(db)).toEqual(first);

      await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1 }).rebuild();
      expect(await snapshot(db)).toEqual(first);
    });

    it('declaration lines (323): realised cost per month, credits netted, withdrawal and retention; rebuild equals', async () => {
      const h = await seed();
      const declare = (lineReference: string, periodBegin: string, periodEnd: string, amountCents: number) =>
        h.record(
          'wmo.DeclaratieOntvangen',
          {
            memberId: 'm-kind',
            providerAgb: AGB,
            declaration: { key: 'T3', lineReference, periodBegin, periodEnd, amountCents, volume: 4, eenheid: '04' },
          },
          '2025-04-05',
        );
      await declare('D1/P1', '2025-03-01', '2025-03-31', 120_000);
      await declare('D1/P1', '2025-03-01', '2025-03-31', -120_000);
      await declare('D2/P1', '2025-03-01', '2025-03-31', 110_000);
      await declare('D3/P1', '2025-04-20', '2025-05-09', 21_000);
      const wrong = await declare('D4/P1', '2025-06-01', '2025-06-30', 999_999);
      await h.record(
        T.entryWithdrawn,
        { entryId: wrong.id, entryType: 'wmo.DeclaratieOntvangen', domain: 'WMO', reason: 'dubbel' },
        '2025-07-01',
      );
      await projector.start();
      await projector.catchUp(20_000);
      const first = await snapshot(db);

      const rows = await insight.declarationLines(h.id);
      expect(rows.map((row) => [row.line_reference, row.amount_cents, row.member_id])).toEqual([
        ['D1/P1', 120_000, 'm-kind'],
        ['D1/P1', -120_000, 'm-kind'],
        ['D2/P1', 110_000, 'm-kind'],
        ['D3/P1', 21_000, 'm-kind'],
      ]);
      const { costPerMonth } = await import('../src/costs/cost-per-month');
      const { declarationInput } = await import('../src/query/insight-read-model');
      const lines = (await insight.costLines(h.id)).map((row) => ({
        domain: row.domain,
        key: row.key,
        tariff: row.tariff,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        startedOn: '2025-02-01',
      }));
      const cells = costPerMonth(
        lines,
        '2025-03',
        '2025-05',
        '2025-12-31',
        rows.map((row) => declarationInput(row)),
      );
      const wmo = (month: string) => cells.find((cell) => cell.month === month && cell.domain === 'WMO');
      expect(wmo('2025-03')).toMatchObject({ declaredCents: 110_000, estimatedCents: 0 });
      // 20 April – 9 May: 11 of 20 days in April; the other days of April and May are estimated.
      expect(wmo('2025-04')).toMatchObject({ declaredCents: 11_550 });
      expect(wmo('2025-05')).toMatchObject({ declaredCents: 9_450 });
      expect(wmo('2025-04')!.estimatedCents).toBeGreaterThan(0);

      await projector.stop();
      await db.query('update projector_checkpoints set position = null');
      await projector.start();
      await projector.catchUp(20_000);
      expect(await snapshot(db)).toEqual(first);
      expect((await projector.rebuild()).finished).toBe(true);
      expect(await snapshot(db)).toEqual(first);
      await new TimelineProjector(store, db, fakeRegistry(), { batchSize: 1 }).rebuild();
      expect(await snapshot(db)).toEqual(first);

      await h.record(
        T.retentionExpired,
        {
          domains: [{ domain: 'WMO', careEndedOn: '2025-09-30', termEndedOn: '2040-09-30' }],
          wholeHousehold: false,
          memberIds: ['m-moeder', 'm-kind'],
        },
        '2040-10-01',
      );
      await projector.catchUp(20_000);
      expect(await insight.declarationLines(h.id)).toEqual([]);
      const afterRetention = await snapshot(db);
      await projector.rebuild();
      expect(await snapshot(db)).toEqual(afterRetention);
    });

    it('gives the regisseur a worklist, most overdue first, and the counts of my households', async () => {
      const h = await seed();
      await projector.start();
      await projector.catchUp(20_000);
      const today = todayInNetherlands();

      const page = await insight.worklist(regisseurA.userId, '0363', today, 2);
      expect(page.rows.map((row) => [row.kind, row.key, row.days_overdue])).toEqual([
        ['TOEWIJZING_WACHT_TE_LANG', 'T1', 18],
        ['WMO_ONDERZOEK_TE_LAAT', 'melding-1', 12],
      ]);
      expect(page.hasNextPage).toBe(true);
      const last = page.rows.at(-1)!;
      const rest = await insight.worklist(regisseurA.userId, '0363', today, 10, {
        daysOverdue: last.days_overdue,
        sortKey: last.sort_key,
      });
      expect(rest.rows.map((row) => [row.kind, row.key, row.days_overdue])).toEqual([
        ['WGS_SIGNAAL_ZONDER_OPVOLGING', 's-wgs', 5],
        ['MAATWERK_ZONDER_AFWEGING', 'T1', 0],
      ]);
      expect(rest.hasNextPage).toBe(false);
      expect(await page.countTotal()).toBe(4);
      expect(rest.rows[0]).toMatchObject({ household_id: h.id, household_name: 'De Vries', due_on: daysAgo(5) });

      const mine = await new TimelineReadModel(db, fakeRegistry()).householdsOfRegisseur(
        regisseurA.userId,
        '0363',
        10,
        null,
        today,
      );
      expect(mine.rows[0].row).toMatchObject({
        open_signals: 2,
        overdue_signals: 1,
        overdue_onderzoeken: 1,
        maatwerk_without_ladder: 1,
        overdue_waits: 1,
      });

      // Without a basis for Jeugd, the regisseur's worklist and counts leave Jeugd out.
      await h.record(T.sharingBasisEnded, { basisId: 'b1', endedOn: daysAgo(1), reason: 'einde' }, daysAgo(1));
      await projector.catchUp(20_000);
      const withoutJeugd = await insight.worklist(regisseurA.userId, '0363', today, 10);
      expect(withoutJeugd.rows.map((row) => row.kind)).toEqual(['WMO_ONDERZOEK_TE_LAAT']);
    });

    // A consultant's review: a JW301 toegewezen 97 days ago that may start only in four weeks was "55 days over".
    it('counts a wait from the ingangsdatum: care that may not start yet is not on the worklist', async () => {
      const h = await seed();
      const toewijzing = (toewijzingNummer: string, ingangsdatum: string) =>
        h.record(
          'jeugd.ToewijzingVastgelegd',
          { toewijzingNummer, memberId: 'm-kind', providerAgb: AGB, datum: daysAgo(97), ingangsdatum },
          `${daysAgo(97)}T10:00:00.000Z`,
        );
      await toewijzing('T-LATER', daysAgo(-28));
      await toewijzing('T-INGANG', daysAgo(50));
      await projector.start();
      await projector.catchUp(20_000);
      const today = todayInNetherlands();

      const waits = (await insight.worklist(regisseurA.userId, '0363', today, 50)).rows.filter(
        (row) => row.kind === 'TOEWIJZING_WACHT_TE_LANG',
      );
      expect(waits.map((row) => [row.key, row.since, row.due_on, row.days_overdue])).toEqual([
        ['T1', daysAgo(60), daysAgo(18), 18],
        ['T-INGANG', daysAgo(50), daysAgo(8), 8],
      ]);
      const readModel = new TimelineReadModel(db, fakeRegistry());
      const mine = await readModel.householdsOfRegisseur(regisseurA.userId, '0363', 10, null, today);
      expect(mine.rows[0]!.row).toMatchObject({ overdue_waits: 2 });
      const { episodes } = await readModel.providers(h.id);
      const later = episodes.find((episode) => episode.key === 'T-LATER')!;
      expect(toEpisode(later, today, 42)).toMatchObject({
        ingangsdatum: daysAgo(-28),
        waitingFrom: daysAgo(-28),
        wachttijdDays: 0,
        stillWaiting: false,
        startsLater: true,
        overNorm: false,
      });
    });

    it('puts the signals of a domain registered only through its definition on the worklist', async () => {
      const registry = fakeRegistry();
      registry.register(fakeVijfde);
      await projector.stop();
      projector = new TimelineProjector(store, db, registry, { retryDelayMs: 20 });
      const h = new Household(store);
      await h.record(T.registered, { householdId: h.id, gemeente: '0363', name: 'Vijf', members }, '2025-01-02');
      await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'intake' }, '2025-01-03T09:00:00.000Z');
      await h.record(
        T.sharingBasisRecorded,
        {
          basisId: 'b5',
          domain: 'VIJFDE',
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: 'test',
          memberIds: [],
          validFrom: '2025-01-01',
          validUntil: '2099-12-31',
        },
        '2025-01-04',
      );
      await h.record(
        'vijfde.SignaalGemeld',
        { key: 'v-1', open: true, kind: 'VIJFDE_SIGNAAL', dueOn: daysAgo(3), domain: 'VIJFDE' },
        `${daysAgo(20)}T09:00:00.000Z`,
      );
      await projector.start();
      await projector.catchUp(20_000);

      const page = await new InsightReadModel(db, registry).worklist(
        regisseurA.userId,
        '0363',
        todayInNetherlands(),
        10,
      );
      expect(page.rows.map((row) => [row.kind, row.domain, row.key, row.days_overdue])).toEqual([
        ['VIJFDE_ZONDER_OPVOLGING', 'VIJFDE', 'v-1', 3],
      ]);
      expect(worklistLabels(registry.all)[page.rows[0]!.kind]).toBe('Vijfde signaal');
      // An app without the fifth domain does not know the kind, so lists nothing for it.
      const without = await new InsightReadModel(db, fakeRegistry()).worklist(
        regisseurA.userId,
        '0363',
        todayInNetherlands(),
        10,
      );
      expect(without.rows).toEqual([]);
    });

    it('erasure: a person loses their ZRM scores and spend text; retention removes a domain, then household text', async () => {
      const h = await seed();
      await h.record(
        T.zrmScored,
        {
          zrmId: 'z3',
          memberId: 'm-kind',
          scoredOn: '2025-05-01',
          scores: [{ domain: 'ZELFZORG', score: 3 }],
          goalIds: [],
        },
        '2025-05-01',
      );
      await h.record(
        T.maatwerkbudgetSpent,
        {
          spendId: 'sp2',
          amountCents: 12_000,
          spentOn: '2025-05-02',
          budgetYear: 2025,
          purpose: 'schoolreis',
          prevents: 'SCHOOLUITVAL',
          memberIds: ['m-kind'],
        },
        '2025-05-02',
      );
      await h.record(T.personErased, { memberId: 'm-moeder', reason: 'AVG art. 17' }, '2025-06-01');
      await projector.start();
      await projector.catchUp(20_000);
      expect((await insight.zrmScores(h.id)).map((row) => row.member_id)).toEqual(['m-kind']);
      expect((await insight.spends(h.id)).map((row) => [row.spend_id, row.purpose, row.evaluation_note])).toEqual([
        ['sp1', ERASED_TEXT, null],
        ['sp2', 'schoolreis', null],
      ]);

      await h.record(
        T.retentionExpired,
        {
          domains: [{ domain: 'JEUGD', careEndedOn: '2025-06-30', termEndedOn: '2045-06-30' }],
          wholeHousehold: false,
          memberIds: ['m-moeder', 'm-kind'],
        },
        '2045-07-01',
      );
      await projector.catchUp(20_000);
      expect(await insight.afwegingen(h.id)).toEqual([]);
      expect(await insight.maatwerkDecisions(h.id)).toEqual([]);
      // Only the expired domain's cost lines go: the Wmo toewijzing T3 stays.
      expect((await insight.costLines(h.id)).map((row) => [row.domain, row.key])).toEqual([['WMO', 'T3']]);

      await h.record(
        T.retentionExpired,
        { domains: [], wholeHousehold: true, memberIds: ['m-moeder', 'm-kind'] },
        '2045-07-02',
      );
      await projector.catchUp(20_000);
      expect(await insight.zrmScores(h.id)).toEqual([]);
      expect((await insight.spends(h.id)).map((row) => row.purpose)).toEqual([ERASED_TEXT, ERASED_TEXT]);

      const rebuilt = await snapshot(db);
      await projector.rebuild();
      expect(await snapshot(db)).toEqual(rebuilt);
    });
  });
}
