import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
import { startTestApp, type TestApp } from './test-app';

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`;
const registration = (name: string) => ({
  input: {
    gemeente: '0363',
    name,
    members: [{ bsn: '111222333', name: 'Eva Visser', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
  },
});

/** Makes the verwerkingenlog refuse WRITE lines: the failure lands after the event's insert, before the commit. */
const REFUSE_WRITE_LINES = `
  create function refuse_write_line() returns trigger language plpgsql as $fn$
  begin
    raise exception 'injected: the log line cannot be written';
  end
  $fn$;
  create trigger refuse_write_line before insert on processing_log
    for each row when (new.operation = 'WRITE') execute function refuse_write_line();`;

describe.each(['postgres', 'embedded'] as const)('a write and its verwerkingenlog line on %s', (store) => {
  let api: TestApp;
  let db: SqlDatabase;
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
  const storedEvents = () => count('select count(*)::text as n from events');
  const writeLines = () => count(`select count(*)::text as n from processing_log where operation = 'WRITE'`);

  beforeAll(async () => {
    api = await startTestApp(store);
    db = api.app.get<SqlDatabase>(READ_MODEL_DATABASE);
  }, 120_000);
  afterAll(() => api?.close());

  it('commit together, or neither when the line fails after the append', async () => {
    const first = await api.graphql(REGISTER, registration('Familie Visser'));
    expect(first.errors).toBeUndefined();
    const [eventsBefore, linesBefore] = [await storedEvents(), await writeLines()];
    expect(linesBefore).toBe(1);

    await db.execute(REFUSE_WRITE_LINES);
    const refused = await api.graphql(REGISTER, registration('Familie Jansen'));
    expect(refused.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await storedEvents()).toBe(eventsBefore);
    expect(await writeLines()).toBe(linesBefore);

    await db.execute('drop trigger refuse_write_line on processing_log; drop function refuse_write_line();');
    const retried = await api.graphql(REGISTER, registration('Familie Jansen'));
    expect(retried.errors).toBeUndefined();
    expect(await storedEvents()).toBeGreaterThan(eventsBefore);
    expect(await writeLines()).toBe(linesBefore + 1);
  });
});
