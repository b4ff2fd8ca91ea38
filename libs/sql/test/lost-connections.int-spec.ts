import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresDatabase } from '../src';
import { TEST_DATABASE_URL } from './postgres-test-database';

// A database outage terminates the api's connections. None of that may end the process (an 'error' nobody hears) or
// keep it from closing, and listening works again once the server is back.

const APPLICATION = `regie-lost-${randomUUID().slice(0, 8)}`;

async function terminate(where: string): Promise<number> {
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and ${where}`,
      [APPLICATION],
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within 30 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('PostgresDatabase when the server ends its connections', () => {
  it('listens again after its listening connection was terminated, and still closes', async () => {
    const db = new PostgresDatabase(TEST_DATABASE_URL, { application_name: APPLICATION });
    const channel = `lost_${randomUUID().slice(0, 8)}`;
    const heard: string[] = [];
    await db.listen(channel, (payload) => heard.push(payload ?? ''));
    expect(await terminate(`query like 'listen%'`)).toBe(1);
    // The dead connection is let go; a new listen opens a fresh one and hears again.
    await until(async () => {
      await db.listen(channel, (payload) => heard.push(payload ?? '')).catch(() => undefined);
      await db.query(`select pg_notify($1, 'again')`, [channel]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return heard.includes('again');
    }, 'a notification after the listener was terminated');
    await db.close();
  });

  it('fails the transaction whose connection was terminated between statements, and goes on', async () => {
    const db = new PostgresDatabase(TEST_DATABASE_URL, { application_name: APPLICATION });
    try {
      await expect(
        db.transaction(async (tx) => {
          await tx.query('select 1');
          await terminate(`state like 'idle in transaction%'`);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.query('select 2');
        }),
      ).rejects.toThrow();
      await expect(db.query<{ one: number }>('select 1 as one')).resolves.toEqual({ rows: [{ one: 1 }] });
    } finally {
      await db.close();
    }
  });
});
