import { Client } from 'pg';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A schema of its own on the local PostgreSQL for a CLI suite (created before, dropped after), the environment that
 * points `regie` at it, and what the commands write to stdout and stderr in each test.
 */
export function useCliSchema(prefix: string) {
  const schema = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  const env = {
    PATH: process.env.PATH,
    EVENT_STORE: 'postgres',
    DATABASE_URL: `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`,
  };
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const client = new Client({ connectionString: DATABASE_URL });
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    await client.connect();
    await client.query(`create schema ${schema}`);
  });
  beforeEach(() => {
    for (const stream of ['stdout', 'stderr'] as const) {
      written[stream] = [];
      spies.push(
        jest.spyOn(process[stream], 'write').mockImplementation((chunk) => {
          written[stream].push(String(chunk));
          return true;
        }),
      );
    }
  });
  afterEach(() => spies.splice(0).forEach((spy) => spy.mockRestore()));
  afterAll(async () => {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  });

  return { schema, env, client, written };
}
