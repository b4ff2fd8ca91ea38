import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { signDevelopmentToken } from '@regie/access';
import { loadConfig } from '@regie/config';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { configureHttp } from '../src/http/configure-http';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestActor {
  userId: string;
  role: string;
  name?: string;
  domain?: string;
  gemeente?: string;
}

export interface TestApp {
  app: INestApplication;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    actor?: TestActor,
  ): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }>;
  /** Embedded only: the data directory, removed by `close()` (close `app` alone to look at it first). */
  dataDirectory?: string;
  close(): Promise<void>;
}

/** A development bearer token for the actor, as the test app verifies it; no gemeente means gemeente 0363. */
export function tokenFor(actor: TestActor): Promise<string> {
  const { userId, ...claims } = actor;
  return signDevelopmentToken({ ...claims, sub: userId, gemeente: actor.gemeente ?? '0363' });
}

export const beheerder: TestActor = {
  userId: 'u-beheer',
  role: 'functioneel_beheerder',
  name: 'Fatima Beheer',
  gemeente: '0363',
};

/**
 * The real app over HTTP on PostgreSQL (a fresh schema of the local server) or on embedded PGlite (a temp dir).
 * `settings` overrides configuration (e.g. `RATE_LIMIT_PER_MINUTE`, which is otherwise too high to trip); a
 * `DATABASE_URL` there is used as it is, and its database or schema stays the caller's to create and drop.
 */
export async function startTestApp(
  store: 'postgres' | 'embedded' = 'postgres',
  settings: Record<string, string> = {},
): Promise<TestApp> {
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  let dataDirectory: string | undefined;
  if (store === 'postgres' && settings.DATABASE_URL) {
    env = { EVENT_STORE: 'postgres' };
    cleanup = async () => undefined;
  } else if (store === 'postgres') {
    const schema = `e2e_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const separator = DATABASE_URL.includes('?') ? '&' : '?';
    env = { EVENT_STORE: 'postgres', DATABASE_URL: `${DATABASE_URL}${separator}options=-c%20search_path%3D${schema}` };
    cleanup = async () => {
      const client = new Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'regie-e2e-'));
    env = { EVENT_STORE: 'embedded', DATA_DIR: dir };
    dataDirectory = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot(
        loadConfig({ ...env, NODE_ENV: 'test', SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '1000000', ...settings }),
      ),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureHttp(app, { NODE_ENV: 'test' });
  await app.init();
  return {
    app,
    dataDirectory,
    async graphql(query, variables = {}, actor = beheerder) {
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${await tokenFor(actor)}`)
        .send({ query, variables });
      return response.body;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}
