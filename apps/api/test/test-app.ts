import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../src/app.module';

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
  close(): Promise<void>;
}

export const beheerder: TestActor = {
  userId: 'u-beheer',
  role: 'functioneel_beheerder',
  name: 'Fatima Beheer',
  gemeente: '0363',
};

/** The real app over HTTP on PostgreSQL (a fresh schema of the local server) or on embedded PGlite (a temp dir). */
export async function startTestApp(store: 'postgres' | 'embedded' = 'postgres'): Promise<TestApp> {
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  if (store === 'postgres') {
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
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(loadConfig({ ...env, NODE_ENV: 'test', SEED_DEMO: 'false' }))],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return {
    app,
    async graphql(query, variables = {}, actor = beheerder) {
      const headers: Record<string, string> = { 'x-regie-user': actor.userId, 'x-regie-role': actor.role };
      if (actor.name) headers['x-regie-name'] = actor.name;
      if (actor.domain) headers['x-regie-domain'] = actor.domain;
      if (actor.gemeente) headers['x-regie-gemeente'] = actor.gemeente;
      const response = await request(app.getHttpServer()).post('/graphql').set(headers).send({ query, variables });
      return response.body;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}
