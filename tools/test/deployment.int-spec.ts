import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_VARIABLES, loadConfig } from '@regie/config';
import { minVersion, satisfies, subset } from 'semver';
import { parse } from 'yaml';

/**
 * What can be checked of the deployment without a Docker engine (there is none on the development and CI machines):
 * the compose file and the Dockerfile parsed and checked against the app's configuration, and every command the image
 * runs found in a real build of dist/.
 */

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  volumes?: string[];
}

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;
const dockerfile = read('Dockerfile');
const packageJson = JSON.parse(read('package.json')) as { engines: { node: string }; bin: Record<string, string> };
const APPS = ['api', 'projector'] as const;

function env(service: Service): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value ?? '')]),
  );
}

/** The environment compose passes to a service, with `${NAME:-default}` taken from `dotEnv` (as from a .env file). */
function interpolated(service: Service, dotEnv: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env(service)).map(([key, value]) => [
      key,
      value.replace(/\$\{(\w+):-([^}]*)\}/g, (_match, name: string, fallback: string) => dotEnv[name] || fallback),
    ]),
  );
}

/** Dockerfile instructions, with continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((line) => /^[A-Z]+\s/.test(line));
const execForm = (line: string) => JSON.parse(line.slice(line.indexOf('['))) as string[];

describe('docker-compose.yml', () => {
  it('has the four services', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'kurrentdb', 'postgres', 'projector']);
  });

  it.each(APPS)('%s runs on KurrentDB with PostgreSQL read models, pointing at the compose services', (name) => {
    const vars = env(services[name]!);
    expect(vars.EVENT_STORE).toBe('kurrentdb');
    const kurrent = new URL(vars.KURRENTDB_URL!);
    expect(`${kurrent.protocol}//${kurrent.hostname}:${kurrent.port}`).toBe('kurrentdb://kurrentdb:2113');
    expect(kurrent.searchParams.get('tls')).toBe('false');
    const postgres = new URL(vars.DATABASE_URL!);
    const pg = env(services.postgres!);
    expect(postgres.hostname).toBe('postgres');
    expect(decodeURIComponent(postgres.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(postgres.pathname).toBe(`/${pg.POSTGRES_DB}`);
  });

  it.each(APPS)('%s sets only variables the app reads', (name) => {
    expect(Object.keys(env(services[name]!)).filter((key) => !CONFIG_VARIABLES.includes(key as never))).toEqual([]);
  });

  it('interpolates only variables the app reads', () => {
    const names = [...composeText.matchAll(/\$\{([A-Za-z_]\w*)/g)].map((match) => match[1]!);
    expect(names.filter((name) => !CONFIG_VARIABLES.includes(name as never))).toEqual([]);
  });

  it('passes on from .env every setting an operator tunes (the rest the compose file fixes itself)', () => {
    const fixedByCompose = [
      'EVENT_STORE',
      'KURRENTDB_URL',
      'DATABASE_URL',
      'NODE_ENV',
      'SEED_DEMO',
      'PORT',
      'API_PROJECTOR',
      'PROJECTOR_ONLY',
      'DATA_DIR',
      'WEB_DIST_DIR',
      'OIDC_DEV_PROVIDER',
    ];
    const interpolated = new Set([...composeText.matchAll(/\$\{([A-Za-z_]\w*)/g)].map((match) => match[1]!));
    expect(CONFIG_VARIABLES.filter((name) => !fixedByCompose.includes(name) && !interpolated.has(name))).toEqual([]);
  });

  it('does what the names say: one projector, and an api that does not project', () => {
    const projectors = Object.entries(services).filter(([, service]) => env(service).PROJECTOR_ONLY === 'true');
    expect(projectors.map(([name]) => name)).toEqual(['projector']);
    expect(env(services.api!).API_PROJECTOR).toBe('false');
    expect(services.projector!.ports ?? []).toEqual([]);
    expect(services.api!.ports).toEqual(['3000:3000']);
    expect(services.projector!.image).toBe(services.api!.image);
  });

  it('names the identity provider once: AUTH_JWKS_URL or AUTH_JWT_SECRET from .env, for every app service', () => {
    for (const name of ['AUTH_JWKS_URL', 'AUTH_JWT_SECRET']) {
      expect(composeText.match(new RegExp(`^\\s+${name}:`, 'gm'))).toHaveLength(1);
    }
    for (const name of APPS) {
      const withJwks = interpolated(services[name]!, { AUTH_JWKS_URL: 'https://login.example.nl/jwks.json' });
      expect(loadConfig(withJwks).AUTH_JWKS_URL).toBe('https://login.example.nl/jwks.json');
      const withSecret = interpolated(services[name]!, { AUTH_JWT_SECRET: 'a-secret-of-at-least-32-characters!!' });
      expect(loadConfig(withSecret).AUTH_JWT_SECRET).toBe('a-secret-of-at-least-32-characters!!');
      expect(() => loadConfig(interpolated(services[name]!, {}))).toThrow(
        'AUTH_JWKS_URL or AUTH_JWT_SECRET is required when NODE_ENV=production',
      );
    }
  });

  it.each(['kurrentdb', 'postgres'])('%s has a healthcheck and a named volume', (name) => {
    const service = services[name]!;
    expect(service.healthcheck?.test).toBeDefined();
    const named = (service.volumes ?? []).map((volume) => volume.split(':')[0]!);
    expect(named).toHaveLength(1);
    expect(Object.keys(compose.volumes ?? {})).toContain(named[0]);
  });

  it.each(APPS)('%s waits for both databases to be healthy', (name) => {
    expect(services[name]!.depends_on).toEqual({
      kurrentdb: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
    });
  });
});

describe('.env.example', () => {
  const lines = read('.env.example')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line));
  const names = lines.map((line) => line.split('=')[0]!);

  it('lists every variable the app reads, once, and nothing else', () => {
    expect([...names].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('is a valid configuration as it stands', () => {
    const values = Object.fromEntries(lines.map((line) => [line.split('=')[0]!, line.slice(line.indexOf('=') + 1)]));
    expect(() => loadConfig(values)).not.toThrow();
  });

  it('every variable is in the README configuration table', () => {
    const readme = read('README.md');
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`| \`${name}\``);
  });
});

describe('Dockerfile', () => {
  const froms = instructions.filter((line) => line.startsWith('FROM '));

  it('builds in stages on the Node 22 LTS image (pinned to the major, never latest)', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const images = froms.map((line) => line.split(/\s+/)[1]!).filter((image) => image.startsWith('node'));
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(image).toMatch(/^node:22[.\w-]*$/);
  });

  it('runs the api as CMD, the same entry point the compose services run', () => {
    const cmd = execForm(instructions.find((line) => line.startsWith('CMD '))!);
    for (const name of APPS) expect(services[name]!.command).toEqual(cmd);
  });

  it('checks health on /health/live, which the api and the projector process both serve', () => {
    expect(instructions.find((line) => line.startsWith('HEALTHCHECK '))).toContain('/health/live');
  });

  it('installs without scripts (prepare needs the sources) and runs as the node user', () => {
    const installs = instructions.filter((line) => /npm ci/.test(line));
    expect(installs.length).toBe(2);
    for (const line of installs) expect(line).toContain('--ignore-scripts');
    expect(instructions).toContain('USER node');
  });
});

describe('the engines field', () => {
  const engines = packageJson.engines.node;
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { engines?: Record<string, string> | string[]; optional?: boolean }>;
  };

  it('admits the Node of this machine and CI (20.20) and of the image (22)', () => {
    expect(satisfies(process.version, engines)).toBe(true);
    expect(satisfies('22.13.0', engines)).toBe(true);
  });

  it('asks no less than any installed package needs (npm ci prints no EBADENGINE)', () => {
    const tooNarrow = Object.entries(lock.packages)
      .filter(([path]) => path.startsWith('node_modules/'))
      .map(([path, entry]) => [path, (entry.engines as Record<string, string> | undefined)?.node] as const)
      .filter(([, range]) => typeof range === 'string' && !subset(engines, range, { includePrerelease: false }))
      .map(([path, range]) => `${path} needs node ${range}`);
    expect(tooNarrow).toEqual([]);
    expect(minVersion(engines)?.version).toBe('20.19.0');
  });
});

describe('every command the image runs exists in a build of dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'regie-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  beforeAll(() => {
    const build = spawnSync(process.execPath, ['tools/build/build.mjs', '--out', join(out, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(build.stderr).toMatch(/regie build: server built in/);
    expect(build.stderr).toMatch(/regie build: web built in/);
    expect(build.status).toBe(0);
    // The build resolves its dependencies as /app/dist does in the image: from node_modules beside it.
    symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  }, 240_000);

  /** A path of the image's /app, looked up in the build. */
  const inImage = (path: string) => join(out, path.replace(/^\/app\//, ''));

  it('CMD, the compose commands and the package scripts name files of the build', () => {
    const cmd = execForm(instructions.find((line) => line.startsWith('CMD '))!);
    expect(cmd[0]).toBe('node');
    expect(existsSync(inImage(cmd[1]!))).toBe(true);
    for (const name of APPS) expect(existsSync(inImage(services[name]!.command![1]!))).toBe(true);
    expect(existsSync(inImage(packageJson.bin.regie!))).toBe(true);
  });

  it('`regie` on the PATH is the built cli, executable, and answers --help and migrate --help', () => {
    const link = /ln -s (\S+) \/usr\/local\/bin\/regie/.exec(dockerfile);
    expect(link).not.toBeNull();
    const cli = inImage(link![1]!);
    expect(() => accessSync(cli, constants.X_OK)).not.toThrow();
    // A larger young generation for the rebuild's garbage (docs/performance.md); `env -S` splits the flag off.
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env -S node --max-semi-space-size=64\n')).toBe(true);
    for (const args of [['--help'], ['migrate', '--help'], ['rebuild', '--help']]) {
      const result = spawnSync(cli, args, { encoding: 'utf8', timeout: 30_000 });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: regie/);
    }
  });

  it('holds the web app the api serves at /, as a production bundle even when built under Jest', () => {
    expect(existsSync(join(out, 'dist/web/index.html'))).toBe(true);
    const assets = join(out, 'dist/web/assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // React's development build checks prop types; its production build does not carry that code.
    for (const script of scripts) expect(readFileSync(join(assets, script), 'utf8')).not.toContain('checkPropTypes');
  });

  it('a second build with nothing changed is skipped', () => {
    const again = spawnSync(process.execPath, ['tools/build/build.mjs', '--out', join(out, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(again.stderr.trim()).toBe('regie build: up to date');
  });
});
