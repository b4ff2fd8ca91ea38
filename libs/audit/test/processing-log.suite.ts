import { randomUUID } from 'node:crypto';
import { migrate, type SqlDatabase } from '@regie/sql';
import { APPEND_ONLY_MESSAGE, AUDIT_COMPONENT, auditMigrations } from '../src/migrations';
import { EXPORT_COLUMNS, ProcessingLog } from '../src/processing-log';
import type { ProcessingLogEntry, ProcessingLogRecord } from '../src/types';
import { InvalidProcessingLogEntry } from '../src/entry-validation';

/** Each test (or group) gets gemeenten of its own, so one database serves the whole suite. */
let GEMEENTE = '0363';
let OTHER_GEMEENTE = '0599';

const entry = (overrides: Partial<ProcessingLogEntry> = {}): ProcessingLogEntry => ({
  userId: 'u-regisseur-anna',
  userName: 'Anna Bakker',
  role: 'regisseur',
  gemeente: GEMEENTE,
  householdId: null,
  personIds: [],
  operation: 'READ',
  action: 'household.timeline',
  fields: ['timeline'],
  basis: 'regisseur van het huishouden',
  ...overrides,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

/** The log's suite, run against one database kind. */
export function processingLogSuite(label: string, open: () => Promise<{ db: SqlDatabase; close(): Promise<void> }>) {
  let db: SqlDatabase;
  let close: () => Promise<void>;
  let log: ProcessingLog;
  let nextCode = 1000;
  const freshGemeenten = () => {
    GEMEENTE = String(nextCode++);
    OTHER_GEMEENTE = String(nextCode++);
  };

  /** The database's clock, a few ms clear of any line before and after (JavaScript dates have ms precision). */
  const serverNow = async () => {
    await sleep(5);
    const { rows } = await db.query<{ now: Date }>('select clock_timestamp() as now');
    await sleep(5);
    return rows[0]!.now;
  };

  describe(`verwerkingenlog on ${label}`, () => {
    beforeAll(async () => {
      ({ db, close } = await open());
      expect(await migrate(db, AUDIT_COMPONENT, auditMigrations)).toEqual(auditMigrations.map((m) => m.version));
      log = new ProcessingLog(db);
    });

    afterAll(async () => {
      await close();
    });

    describe('record and query', () => {
      const all = async (
        query: (after: string | null) => Promise<{
          edges: readonly { cursor: string; node: ProcessingLogRecord }[];
          hasNextPage: boolean;
          endCursor: string | null;
        }>,
      ) => {
        const nodes: ProcessingLogRecord[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await query(after);
          nodes.push(...page.edges.map((edge) => edge.node));
          if (!page.hasNextPage) return nodes;
          after = page.endCursor;
        }
      };

      beforeEach(() => freshGemeenten());

      it('given the migrations ran, when run again, then nothing is applied twice', async () => {
        expect(await migrate(db, AUDIT_COMPONENT, auditMigrations)).toEqual([]);
      });

      it('given the table, when its columns are listed, then there is no column for member names, BSNs or content', async () => {
        const { rows } = await db.query<{ column_name: string }>(
          `select column_name from information_schema.columns
         where table_name = 'processing_log' and table_schema = current_schema() order by ordinal_position`,
        );
        const columns = rows.map((row) => row.column_name);
        expect(columns).toEqual([...EXPORT_COLUMNS]);
        expect(columns.filter((column) => /name|bsn|note|summary|content|text|description/i.test(column))).toEqual([
          'user_name',
        ]);
      });

      it('given a line, when recorded, then it is stored with server time, outcome and every field', async () => {
        const before = await serverNow();
        const household = randomUUID();
        const member = randomUUID();
        await log.record(
          entry({
            householdId: household,
            personIds: [member],
            onBehalfOf: 'u-teamleider',
            fields: ['timeline.JEUGD', 'members'],
            basis: 'regisseur; JEUGD: WETTELIJKE_TAAK art. 2.3 Jeugdwet',
            emergencyReason: 'acute zorgen, politie belde',
            correlationId: 'c-1',
          }),
        );
        const after = await serverNow();
        const page = await log.search({ gemeente: GEMEENTE, first: 10 });
        expect(page.edges).toHaveLength(1);
        const line = page.edges[0]!.node;
        expect(line).toMatchObject({
          userId: 'u-regisseur-anna',
          userName: 'Anna Bakker',
          role: 'regisseur',
          gemeente: GEMEENTE,
          onBehalfOf: 'u-teamleider',
          householdId: household,
          personIds: [member],
          operation: 'READ',
          action: 'household.timeline',
          fields: ['timeline.JEUGD', 'members'],
          basis: 'regisseur; JEUGD: WETTELIJKE_TAAK art. 2.3 Jeugdwet',
          emergency: true,
          emergencyReason: 'acute zorgen, politie belde',
          correlationId: 'c-1',
          outcome: 'ALLOWED',
        });
        expect(line.id).toMatch(/^[0-9]+$/);
        expect(line.loggedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
        expect(line.loggedAt.getTime()).toBeLessThanOrEqual(after.getTime());
      });

      it('given a DENIED attempt, when recorded, then its outcome is DENIED; other operations are ALLOWED', async () => {
        await log.recordMany([
          entry({ operation: 'DENIED' }),
          entry({ operation: 'WRITE', action: 'jeugd.recordToewijzing' }),
        ]);
        const page = await log.search({ gemeente: GEMEENTE, first: 10 });
        expect(page.edges.map((e) => [e.node.operation, e.node.outcome])).toEqual([
          ['WRITE', 'ALLOWED'],
          ['DENIED', 'DENIED'],
        ]);
      });

      it('given a batch with one malformed line, when recorded, then nothing is written', async () => {
        await expect(log.recordMany([entry(), entry({ personIds: ['Noor de Vries'] })])).rejects.toBeInstanceOf(
          InvalidProcessingLogEntry,
        );
        expect((await log.search({ gemeente: GEMEENTE, first: 10 })).edges).toEqual([]);
      });

      it('given a database constraint, when a line contradicts itself, then the database refuses it', async () => {
        await expect(
          db.query(
            `insert into processing_log (user_id, role, gemeente, operation, action, basis, outcome)
           values ('u', 'regisseur', '0363', 'READ', 'a.b', 'x', 'DENIED')`,
          ),
        ).rejects.toThrow(/processing_log_outcome_matches_operation/);
        await expect(
          db.query(
            `insert into processing_log (user_id, role, gemeente, operation, action, basis, outcome, emergency)
           values ('u', 'regisseur', '0363', 'READ', 'a.b', 'x', 'ALLOWED', true)`,
          ),
        ).rejects.toThrow(/processing_log_emergency_has_reason/);
      });

      it('given lines of several users, households, members and times, when searched, then each filter narrows', async () => {
        const h1 = randomUUID();
        const h2 = randomUUID();
        const kind = randomUUID();
        const moeder = randomUUID();
        await log.recordMany([
          entry({ userId: 'u-anna', householdId: h1, personIds: [kind, moeder] }),
          entry({ userId: 'u-joost', role: 'domeinmedewerker', householdId: h1, personIds: [kind] }),
        ]);
        const middle = await serverNow();
        await log.recordMany([
          entry({ userId: 'u-anna', householdId: h2, personIds: [] }),
          entry({ userId: 'u-anna', householdId: h1, personIds: [moeder], emergencyReason: 'nood, kind onvindbaar' }),
          entry({ userId: 'u-anna', gemeente: OTHER_GEMEENTE, householdId: h1, personIds: [kind] }),
        ]);
        const users = async (filter: Partial<Parameters<ProcessingLog['search']>[0]>) =>
          (await log.search({ gemeente: GEMEENTE, first: 50, ...filter })).edges.map(
            (e) => `${e.node.userId}:${e.node.householdId === h1 ? 'h1' : 'h2'}`,
          );

        expect(await users({})).toEqual(['u-anna:h1', 'u-anna:h2', 'u-joost:h1', 'u-anna:h1']);
        expect(await users({ userId: 'u-joost' })).toEqual(['u-joost:h1']);
        expect(await users({ householdId: h2 })).toEqual(['u-anna:h2']);
        expect(await users({ personId: kind })).toEqual(['u-joost:h1', 'u-anna:h1']);
        expect(await users({ personId: moeder, userId: 'u-anna' })).toEqual(['u-anna:h1', 'u-anna:h1']);
        expect(await users({ to: middle })).toEqual(['u-joost:h1', 'u-anna:h1']);
        expect(await users({ from: middle })).toEqual(['u-anna:h1', 'u-anna:h2']);
        expect(await users({ from: middle, householdId: h1 })).toEqual(['u-anna:h1']);
        expect(await users({ emergencyOnly: true })).toEqual(['u-anna:h1']);
        expect(await users({ operation: 'DENIED' })).toEqual([]);
        // The other gemeente sees only its own line.
        const other = await log.search({ gemeente: OTHER_GEMEENTE, first: 50 });
        expect(other.edges.map((e) => e.node.gemeente)).toEqual([OTHER_GEMEENTE]);
      });

      it('given pages being read while new lines arrive, when paging on, then no line is skipped or repeated', async () => {
        await log.recordMany(Array.from({ length: 25 }, (_, i) => entry({ correlationId: `old-${i}` })));
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page = await log.search({ gemeente: GEMEENTE, first: 7, after });
          seen.push(...page.edges.map((e) => e.node.correlationId!));
          pages++;
          // newer lines (and a line in between) arrive while the auditor pages back in time
          await log.recordMany([entry({ correlationId: `new-${pages}a` }), entry({ correlationId: `new-${pages}b` })]);
          if (!page.hasNextPage) break;
          after = page.endCursor;
        }
        expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `old-${24 - i}`));
        expect(pages).toBe(4);
      });

      it('given lines with the same logged_at, when paged one by one, then the id breaks the tie', async () => {
        const household = randomUUID();
        await log.recordMany(
          Array.from({ length: 5 }, (_, i) => entry({ householdId: household, correlationId: `c-${i}` })),
        );
        const lines = await all((after) => log.forHousehold(household, GEMEENTE, { first: 1, after }));
        expect(lines.map((l) => l.correlationId)).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
      });

      it('given a cursor that is not one, when searched, then BAD_USER_INPUT', async () => {
        await expect(log.search({ gemeente: GEMEENTE, first: 5, after: 'nope' })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
        });
      });

      it('given a household, when "who looked at our file", then its people oldest first, without refusals or log reads', async () => {
        const household = randomUUID();
        await log.record(
          entry({ userId: 'u-anna', householdId: household, operation: 'WRITE', action: 'household.setGoal' }),
        );
        await log.record(entry({ userId: 'u-joost', householdId: household, operation: 'READ' }));
        await log.record(entry({ userId: 'u-kees', householdId: household, operation: 'DENIED' }));
        await log.record(
          entry({ userId: 'u-audit', role: 'auditor', householdId: household, action: 'audit.processingLog' }),
        );
        await log.record(
          entry({ userId: 'u-wim', householdId: household, operation: 'EXPORT', action: 'household.export' }),
        );
        await log.record(entry({ userId: 'u-anna', householdId: randomUUID() }));
        await log.record(entry({ userId: 'u-ander', gemeente: OTHER_GEMEENTE, householdId: household }));
        const lines = await all((after) => log.forHousehold(household, GEMEENTE, { first: 2, after }));
        expect(lines.map((l) => `${l.userId}:${l.operation}`)).toEqual([
          'u-anna:WRITE',
          'u-joost:READ',
          'u-wim:EXPORT',
        ]);
      });

      it('given a person with an id in two households, when "who processed my data", then the lines naming either id, oldest first, without refusals or log reads', async () => {
        const [inA, inB, sister] = [randomUUID(), randomUUID(), randomUUID()];
        await log.record(entry({ userId: 'u-anna', personIds: [inA, sister], operation: 'READ' }));
        await log.record(entry({ userId: 'u-joost', personIds: [sister], operation: 'READ' }));
        await log.record(entry({ userId: 'u-kees', personIds: [inB], operation: 'DENIED' }));
        await log.record(
          entry({ userId: 'u-audit', role: 'auditor', personIds: [inA], action: 'audit.processingLog' }),
        );
        await log.record(entry({ userId: 'u-wim', personIds: [inB], operation: 'WRITE', action: 'household.x' }));
        await log.record(entry({ userId: 'u-ander', gemeente: OTHER_GEMEENTE, personIds: [inA] }));
        await log.record(entry({ userId: 'u-erik', personIds: [inA], operation: 'ERASE', action: 'household.y' }));
        const lines = await all((after) => log.forPersons([inA, inB], GEMEENTE, { first: 2, after }));
        expect(lines.map((l) => `${l.userId}:${l.operation}`)).toEqual(['u-anna:READ', 'u-wim:WRITE', 'u-erik:ERASE']);
        expect(await log.forPersons([], GEMEENTE, { first: 5 })).toEqual({
          edges: [],
          hasNextPage: false,
          endCursor: null,
        });
      });

      it('given noodprocedure lines, when emergencies of a period are asked, then those of the period and gemeente, oldest first', async () => {
        await log.record(entry({ userId: 'u-early', emergencyReason: 'vóór de periode, te vroeg' }));
        const from = await serverNow();
        await log.record(entry({ userId: 'u-1', emergencyReason: 'acuut: kind niet op school gekomen' }));
        await log.record(entry({ userId: 'u-normal' }));
        await log.record(entry({ userId: 'u-2', operation: 'DENIED', emergencyReason: 'te kort' }));
        await log.record(
          entry({ userId: 'u-other', gemeente: OTHER_GEMEENTE, emergencyReason: 'andere gemeente nood' }),
        );
        const to = await serverNow();
        await log.record(entry({ userId: 'u-late', emergencyReason: 'na de periode, te laat' }));
        const lines = await log.emergencies({ gemeente: GEMEENTE, from, to });
        expect(lines.map((l) => `${l.userId}:${l.outcome}`)).toEqual(['u-1:ALLOWED', 'u-2:DENIED']);
        expect(lines.every((l) => l.emergency && l.emergencyReason)).toBe(true);
      });
    });

    describe('export', () => {
      const ROWS = 5_000;
      let from: Date;
      let to: Date;

      // The export tests only read, and 5,000 lines are worth writing once.
      beforeAll(async () => {
        freshGemeenten();
        await log.record(entry({ userId: 'u-before' }));
        from = await serverNow();
        const lines = Array.from({ length: ROWS }, (_, i) =>
          entry({
            userId: `u-${i}`,
            householdId: i % 2 === 0 ? randomUUID() : null,
            personIds: i % 3 === 0 ? [randomUUID(), randomUUID()] : [],
            fields: ['timeline.JEUGD', 'members'],
            basis: i === 7 ? 'noodprocedure: "kind", zei moeder,\nmet komma' : 'regisseur',
            userName: i === 8 ? '=HYPERLINK("http://x")' : 'Anna Bakker',
            emergencyReason: i === 7 ? '"kind", zei moeder,\nmet komma' : null,
          }),
        );
        for (let i = 0; i < lines.length; i += 1000) await log.recordMany(lines.slice(i, i + 1000));
        await log.record(entry({ userId: 'u-other-gemeente', gemeente: OTHER_GEMEENTE }));
        to = await serverNow();
        await log.record(entry({ userId: 'u-after' }));
      });

      it('given 5,000 lines in a period, when exported as CSV, then one header and every line once, in order', async () => {
        const lines = await collect(log.export({ gemeente: GEMEENTE, from, to }, 'csv', { batchSize: 1000 }));
        expect(lines).toHaveLength(ROWS + 1);
        expect(lines[0]).toBe(`${EXPORT_COLUMNS.map((c) => `"${c}"`).join(',')}\r\n`);
        expect(lines.filter((l) => l.startsWith('"id"'))).toHaveLength(1);
        const userIds = lines.slice(1).map((l) => /^"[0-9]+","[^"]+","([^"]+)"/.exec(l)![1]);
        expect(userIds).toEqual(Array.from({ length: ROWS }, (_, i) => `u-${i}`));
        const tricky = lines[8]!;
        expect(tricky).toContain('"noodprocedure: ""kind"", zei moeder,\nmet komma"');
        expect(tricky).toContain(',"true","""kind"", zei moeder,\nmet komma",');
        expect(tricky).toMatch(/,"ALLOWED",("[0-9a-f]{16}")?,"urn:regie:verwerkingsactiviteit:[a-z-]+:\d+",\r\n$/);
        expect(lines[9]).toContain(`"'=HYPERLINK(""http://x"")"`);
        expect(lines[1]).toMatch(/^"[0-9]+","\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"/);
        expect(lines[1]).toContain('"timeline.JEUGD|members"');
      });

      it('given 5,000 lines, when exported for the Logboek, then one line per action and per data subject', async () => {
        const subjectKey = 'a-test-key-of-at-least-thirty-two-chars';
        const lines = await collect(
          log.export({ gemeente: GEMEENTE, from, to }, 'logboek', { batchSize: 1000, logboek: { subjectKey } }),
        );
        const withTwoMembers = Math.ceil(ROWS / 3);
        expect(lines).toHaveLength(ROWS - withTwoMembers + 2 * withTwoMembers);
        const parsed = lines.map((l) => JSON.parse(l) as { attributes: Record<string, unknown> });
        const subjects = parsed.filter((line) => line.attributes['dpl.core.data_subject_id'] !== undefined);
        expect(subjects).toHaveLength(2 * withTwoMembers);
        expect(
          parsed.every((line) => String(line.attributes['dpl.core.processing_activity_id']).startsWith('urn:')),
        ).toBe(true);
      });

      it('given 5,000 lines in a period, when exported as JSON Lines, then every line once, exact', async () => {
        const lines = await collect(log.export({ gemeente: GEMEENTE, from, to }, 'json', { batchSize: 700 }));
        expect(lines).toHaveLength(ROWS);
        expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
        const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(parsed.map((p) => p.userId)).toEqual(Array.from({ length: ROWS }, (_, i) => `u-${i}`));
        expect(new Set(parsed.map((p) => p.id)).size).toBe(ROWS);
        expect(parsed[7]).toMatchObject({
          emergency: true,
          emergencyReason: '"kind", zei moeder,\nmet komma',
          fields: ['timeline.JEUGD', 'members'],
          gemeente: GEMEENTE,
          outcome: 'ALLOWED',
        });
        expect(parsed[8]!.userName).toBe('=HYPERLINK("http://x")');
        expect(parsed[0]!.personIds).toHaveLength(2);
      });

      it('given an export, when consumed lazily, then it reads batch by batch', async () => {
        const queries: string[] = [];
        const counting: SqlDatabase = Object.create(db) as SqlDatabase;
        counting.query = ((text: string, params?: readonly unknown[]) => {
          queries.push(text);
          return db.query(text, params);
        }) as SqlDatabase['query'];
        const lines = new ProcessingLog(counting).export({ gemeente: GEMEENTE, from, to }, 'json', { batchSize: 1000 });
        const iterator = lines[Symbol.asyncIterator]();
        await iterator.next();
        expect(queries).toHaveLength(1);
        await iterator.return?.();
        expect(queries).toHaveLength(1);
      });

      it('given an empty period, when exported as CSV, then the header only', async () => {
        const lines = await collect(
          log.export({ gemeente: GEMEENTE, from: new Date('2000-01-01'), to: new Date('2000-02-01') }, 'csv'),
        );
        expect(lines).toHaveLength(1);
      });

      it('given a reversed period, when exported, then BAD_USER_INPUT', async () => {
        await expect(collect(log.export({ gemeente: GEMEENTE, from: to, to: from }, 'csv'))).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
        });
      });
    });

    describe('append-only', () => {
      beforeAll(async () => {
        freshGemeenten();
        await log.recordMany([entry(), entry({ userId: 'u-2' })]);
      });

      it.each([
        ['UPDATE', `update processing_log set user_id = 'someone-else'`],
        ['UPDATE of no row', `update processing_log set basis = 'x' where id = -1`],
        ['DELETE', 'delete from processing_log'],
        ['DELETE of no row', 'delete from processing_log where id = -1'],
        ['TRUNCATE', 'truncate processing_log'],
      ])('given stored lines, when %s is tried, then the database refuses it', async (_label, sql) => {
        await expect(db.query(sql)).rejects.toThrow(APPEND_ONLY_MESSAGE);
        await expect(db.execute(sql)).rejects.toThrow(APPEND_ONLY_MESSAGE);
        const { rows } = await db.query<{ n: number; users: string[] }>(
          'select count(*)::int as n, array_agg(user_id order by id) as users from processing_log where gemeente = $1',
          [GEMEENTE],
        );
        expect(rows[0]).toEqual({ n: 2, users: ['u-regisseur-anna', 'u-2'] });
      });

      it('given the trigger, when a line is appended inside a transaction, then that still works', async () => {
        await db.transaction(async (tx) => new ProcessingLog(tx).record(entry({ userId: 'u-3' })));
        const users = (await log.search({ gemeente: GEMEENTE, first: 10 })).edges.map((e) => e.node.userId);
        expect(users).toEqual(['u-3', 'u-2', 'u-regisseur-anna']);
      });
    });
  });
}
