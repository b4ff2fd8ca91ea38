import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Environment variables the app reads (libs/config); the compose file must not invent others. */
const APP_ENV = [
  'EVENT_STORE',
  'KURRENTDB_URL',
  'DATABASE_URL',
  'PORT',
  'NODE_ENV',
  'AUTH_JWT_SECRET',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'RATE_LIMIT_PER_MINUTE',
  'PROJECTOR_ONLY',
  'DATA_DIR',
  'LOG_LEVEL',
  'SEED_DEMO',
];

interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: unknown[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string | string[] };
}

const root = join(__dirname, '..', '..', '..');
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const services = compose.services;

function env(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  const pairs = Array.isArray(raw)
    ? raw.map((entry) => [entry.split('=')[0]!, entry.slice(entry.indexOf('=') + 1)] as const)
    : Object.entries(raw).map(([key, value]) => [key, String(value ?? '')] as const);
  return Object.fromEntries(pairs);
}

const apps = ['api', 'projector'] as const;

describe('docker-compose.yml', () => {
  it('has the four services', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'kurrentdb', 'postgres', 'projector']);
  });

  it.each(apps)('%s runs on KurrentDB with PostgreSQL read models, pointing at the compose services', (name) => {
    const vars = env(services[name]!);
    expect(vars.EVENT_STORE).toBe('kurrentdb');
    const kurrent = new URL(vars.KURRENTDB_URL!);
    expect(kurrent.protocol).toBe('kurrentdb:');
    expect(`${kurrent.hostname}:${kurrent.port}`).toBe('kurrentdb:2113');
    expect(kurrent.searchParams.get('tls')).toBe('false');

    const postgres = new URL(vars.DATABASE_URL!);
    const pg = env(services.postgres!);
    expect(postgres.protocol).toBe('postgres:');
    expect(postgres.hostname).toBe('postgres');
    expect(decodeURIComponent(postgres.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(postgres.pathname).toBe(`/${pg.POSTGRES_DB}`);
  });

  it.each(apps)('%s sets only environment variables the app reads', (name) => {
    const unknown = Object.keys(env(services[name]!)).filter((key) => !APP_ENV.includes(key));
    expect(unknown).toEqual([]);
  });

  it('interpolates only variables the app reads', () => {
    const interpolated = [...composeText.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
    expect(interpolated.filter((name) => !APP_ENV.includes(name!))).toEqual([]);
  });

  it('runs the projector as the same image without ports and the api with port 3000', () => {
    expect(env(services.projector!).PROJECTOR_ONLY).toBe('true');
    expect(services.projector!.ports ?? []).toEqual([]);
    expect(services.projector!.image).toBe(services.api!.image);
    expect(services.api!.ports).toContain('3000:3000');
  });

  it.each(['kurrentdb', 'postgres'])('%s has a healthcheck and a named volume', (name) => {
    const service = services[name]!;
    expect(service.healthcheck?.test).toBeDefined();
    const volumes = (service as { volumes?: string[] }).volumes ?? [];
    const named = volumes
      .map((volume) => volume.split(':')[0]!)
      .filter((source) => !source.startsWith('.') && !source.startsWith('/'));
    expect(named).toHaveLength(1);
    expect(Object.keys(compose.volumes ?? {})).toContain(named[0]);
  });

  it.each(apps)('%s waits for both databases to be healthy', (name) => {
    expect(services[name]!.depends_on).toEqual({
      kurrentdb: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
    });
  });
});

describe('Dockerfile', () => {
  const froms = dockerfile.split('\n').filter((line) => /^FROM\s/i.test(line));

  it('builds in at least two stages', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
  });

  it('pins the node image (no latest, no missing tag)', () => {
    const nodeImages = froms.map((line) => line.split(/\s+/)[1]!).filter((image) => image.startsWith('node'));
    expect(nodeImages.length).toBeGreaterThanOrEqual(1);
    for (const image of nodeImages) expect(image).toMatch(/^node:(?!latest\b)[\w.-]+$/);
  });

  it('starts the same entry point the projector service runs', () => {
    const command = services.projector!.command;
    const argv = Array.isArray(command) ? command : command!.split(' ');
    expect(dockerfile).toContain(`CMD ${JSON.stringify(argv).replace(/","/g, '", "')}`);
  });
});
