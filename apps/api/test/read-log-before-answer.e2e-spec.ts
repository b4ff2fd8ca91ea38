import { ProcessingLog } from '@regie/audit';
import { startTestApp, type TestActor, type TestApp } from './test-app';

const anna: TestActor = { userId: 'u-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const READ = `query($id: ID!) { household(id: $id) { name timeline(first: 50) { edges { node { summary } } } } }`;

/**
 * A read's verwerkingenlog line is written while the read's queries run, and the answer leaves only once the line is
 * durable: a slow line delays the answer, a failed line withholds it.
 */
describe('a read answers only after its verwerkingenlog line is durable (PostgreSQL)', () => {
  let api: TestApp;
  let householdId: string;
  let log: ProcessingLog;

  beforeAll(async () => {
    api = await startTestApp('postgres');
    log = api.app.get(ProcessingLog);
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Visser',
          members: [{ bsn: '111222333', name: 'Eva Visser', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    householdId = registered.data!.registerHousehold.householdId;
    await api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`, {
      input: { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'intake' },
    });
  });
  afterAll(async () => {
    await log.database.query('drop trigger if exists slow_or_failing_line on processing_log');
    await api?.close();
  });

  const readLines = async () =>
    (
      await log.database.query<{ n: string }>(
        `select count(*)::text as n from processing_log where household_id = $1 and action = 'household.read'`,
        [householdId],
      )
    ).rows[0]!.n;

  it('waits for a slow log line before it answers', async () => {
    await log.database.query(`create or replace function slow_line() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.4); return new; end $$`);
    await log.database.query(`create trigger slow_or_failing_line before insert on processing_log
      for each row execute function slow_line()`);
    const before = Number(await readLines());
    const answer = await api.graphql<{ household: { name: string } }>(READ, { id: householdId }, anna);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.household.name).toBe('Familie Visser');
    expect(Number(await readLines())).toBe(before + 1);
    await log.database.query('drop trigger slow_or_failing_line on processing_log');
  });

  it('withholds the data when the log line fails, and says so in Dutch', async () => {
    await log.database.query(`create or replace function failing_line() returns trigger language plpgsql as $$
      begin raise exception 'log disk full'; end $$`);
    await log.database.query(`create trigger slow_or_failing_line before insert on processing_log
      for each row execute function failing_line()`);
    const answer = await api.graphql(READ, { id: householdId }, anna);
    await log.database.query('drop trigger slow_or_failing_line on processing_log');
    expect(answer.data).toBeUndefined();
    expect(JSON.stringify(answer)).not.toContain('Familie Visser');
    expect(answer.errors![0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.errors![0]!.message).toMatch(/vastleggen/);
    // The next read works again and is logged.
    const again = await api.graphql<{ household: { name: string } }>(READ, { id: householdId }, anna);
    expect(again.data!.household.name).toBe('Familie Visser');
  });
});
