import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import request from 'supertest';
import { AppModule } from '../src/app.module';

const root = join(__dirname, '../../..');

describe('api start-up on the embedded store', () => {
  let app: INestApplication;
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-api-'));

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' }))],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a GraphQL query', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ system { version headPosition } }' })
      .expect(200);
    expect(response.body).toEqual({ data: { system: { version: expect.any(String), headPosition: null } } });
  });

  it('reports live and ready: store, read-model database and projector lag', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: {
        eventStore: { status: 'up', headPosition: null },
        readModel: { status: 'up' },
        projector: { status: 'up', role: 'active', lag: 0 },
      },
    });
  });
});

describe('api start-up with bad configuration', () => {
  it.each([
    [
      { EVENT_STORE: 'bogus' },
      /^regie: Invalid configuration: EVENT_STORE must be one of embedded, postgres, kurrentdb$/,
    ],
    [
      { EVENT_STORE: 'kurrentdb' },
      /^regie: Invalid configuration: KURRENTDB_URL is required when EVENT_STORE=kurrentdb$/,
    ],
  ])('%j stops with one clear line and a non-zero exit', (env, line) => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(line);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});
