import { DEVELOPMENT_JWT_SECRET, weakSecretProblem } from './config.schema';
import { ConfigError, loadConfig } from './load-config';

/** A production-grade secret for the tests: long and varied. */
const STRONG_SECRET = 'T7q!v9Lr2#pXw4Zs8Kd1Hm6Bn3Fc5Gj0';

describe('loadConfig', () => {
  it('defaults to the embedded store in ./data on port 3000', () => {
    expect(loadConfig({})).toMatchObject({ EVENT_STORE: 'embedded', DATA_DIR: './data', PORT: 3000, SEED_DEMO: true });
  });

  it('uses PostgreSQL when DATABASE_URL is set and EVENT_STORE is not: a named database is never silently ignored', () => {
    const url = 'postgres://regie@db.gemeente.nl:5432/regie';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ EVENT_STORE: 'postgres', DATABASE_URL: url });
    expect(loadConfig({ DATABASE_URL: url, EVENT_STORE: 'embedded' }).EVENT_STORE).toBe('embedded');
    expect(
      loadConfig({ DATABASE_URL: url, EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://k:2113' }),
    ).toMatchObject({ EVENT_STORE: 'kurrentdb' });
    expect(loadConfig({ EVENT_STORE: 'postgres' }).DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('opens 20 connections per process unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).DATABASE_POOL_SIZE).toBe(20);
    expect(loadConfig({ DATABASE_POOL_SIZE: '40' }).DATABASE_POOL_SIZE).toBe(40);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ EVENT_STORE: '', PORT: '' })).toMatchObject({ EVENT_STORE: 'embedded', PORT: 3000 });
  });

  it.each([
    [{ EVENT_STORE: 'mongodb' }, 'EVENT_STORE must be one of embedded, postgres, kurrentdb'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL is required when EVENT_STORE=kurrentdb'],
    [{ PORT: 'abc' }, 'PORT must be a port number'],
    [{ PORT: '70000' }, 'PORT must be a port number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// connection string'],
    [{ DATABASE_POOL_SIZE: '2' }, 'DATABASE_POOL_SIZE must be a whole number from 5 to 500'],
    [{ DATABASE_POOL_SIZE: '12.5' }, 'DATABASE_POOL_SIZE must be a whole number from 5 to 500'],
    [{ DATABASE_POOL_SIZE: 'veel' }, 'DATABASE_POOL_SIZE must be a whole number from 5 to 500'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO must be true or false'],
    [{ NODE_ENV: 'production' }, 'AUTH_JWKS_URL or AUTH_JWT_SECRET is required when NODE_ENV=production'],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET },
      'AUTH_JWT_SECRET must not be the development secret when NODE_ENV=production',
    ],
    [{ NODE_ENV: 'production', AUTH_JWT_SECRET: 'too-short' }, 'AUTH_JWT_SECRET must be at least 32 characters'],
    [{ AUTH_JWT_SECRET: 'too-short' }, 'AUTH_JWT_SECRET must be at least 32 characters'],
    [
      { NODE_ENV: 'production', AUTH_JWKS_URL: 'http://idp.example.nl/jwks' },
      'AUTH_JWKS_URL must be https:// when NODE_ENV=production',
    ],
    [{ AUTH_JWKS_URL: 'idp.example.nl/jwks' }, 'AUTH_JWKS_URL must be an http(s):// URL of a JSON Web Key Set'],
    [
      { AUTH_JWKS_URL: 'https://idp.example.nl/jwks', AUTH_JWT_SECRET: 'x'.repeat(32) },
      'AUTH_JWT_SECRET and AUTH_JWKS_URL exclude each other',
    ],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: STRONG_SECRET },
      'SEARCH_INDEX_KEY is required when NODE_ENV=production',
    ],
    [
      {
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: STRONG_SECRET,
        SEARCH_INDEX_KEY: 's'.repeat(40),
        OIDC_DEV_PROVIDER: 'true',
      },
      'OIDC_DEV_PROVIDER must not be on when NODE_ENV=production',
    ],
    [{ OIDC_ISSUER: 'https://login.gemeente.nl' }, 'OIDC_ISSUER OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together'],
    [
      {
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: STRONG_SECRET,
        SEARCH_INDEX_KEY: 's'.repeat(40),
        OIDC_ISSUER: 'https://login.gemeente.nl',
        OIDC_CLIENT_ID: 'regie',
        OIDC_CLIENT_SECRET: 'x',
        PUBLIC_URL: 'http://regie.gemeente.nl',
      },
      'PUBLIC_URL must be https:// when NODE_ENV=production',
    ],
    [{ PUBLIC_URL: 'https://regie.gemeente.nl/app' }, 'PUBLIC_URL must be an http(s):// origin without a path'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 480'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE must be a positive whole number'],
    [{ AUTH_TOKEN_MAX_HOURS: '0' }, 'AUTH_TOKEN_MAX_HOURS must be a whole number of hours from 1 to 168'],
    [{ AUTH_TOKEN_MAX_HOURS: '9999' }, 'AUTH_TOKEN_MAX_HOURS must be a whole number of hours from 1 to 168'],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'k'.repeat(32), SEARCH_INDEX_KEY: 's'.repeat(40) },
      'AUTH_JWT_SECRET is too weak for NODE_ENV=production: it is a short pattern repeated',
    ],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'secret12'.repeat(5), SEARCH_INDEX_KEY: 's'.repeat(40) },
      'AUTH_JWT_SECRET is too weak for NODE_ENV=production: it is a short pattern repeated',
    ],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'aaaabbbbccccddddeeeeffffgggghhhh', SEARCH_INDEX_KEY: 's'.repeat(40) },
      'AUTH_JWT_SECRET is too weak for NODE_ENV=production: it has fewer than 10 different characters',
    ],
    [{ RATE_LIMIT_PER_MINUTE: 'many' }, 'RATE_LIMIT_PER_MINUTE must be a positive whole number'],
    [{ GEMEENTE_CONTACT: '{0363: 14020}' }, 'GEMEENTE_CONTACT must be JSON'],
    [{ GEMEENTE_CONTACT: '[]' }, 'GEMEENTE_CONTACT must be a JSON object keyed by CBS code'],
    [
      { GEMEENTE_CONTACT: '{"Amsterdam":{"naam":"Gemeente Amsterdam","telefoon":"14 020"}}' },
      'GEMEENTE_CONTACT.Amsterdam is not a 4-digit CBS code such as 0363',
    ],
    [
      { GEMEENTE_CONTACT: '{"0363":{"naam":"Gemeente Amsterdam"}}' },
      'GEMEENTE_CONTACT.0363 needs at least one of telefoon, email and website',
    ],
    [
      { GEMEENTE_CONTACT: '{"0363":{"naam":"Gemeente Amsterdam","telefoon":"bel ons"}}' },
      'GEMEENTE_CONTACT.0363.telefoon must be a phone number such as 14 020',
    ],
    [
      { GEMEENTE_CONTACT: '{"0363":{"naam":"Gemeente Amsterdam","website":"http://www.amsterdam.nl"}}' },
      'GEMEENTE_CONTACT.0363.website must be an https:// address',
    ],
    [
      { GEMEENTE_CONTACT: '{"0363":{"naam":"Gemeente Amsterdam","email":"loket@amsterdam.nl","fax":"020"}}' },
      'GEMEENTE_CONTACT.0363 knows only naam, telefoon, email and website, not fax',
    ],
  ])('rejects %j with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('never seeds the demo household in production: off by default, SEED_DEMO=true refused', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: STRONG_SECRET, SEARCH_INDEX_KEY: 's'.repeat(40) };
    expect(loadConfig(production).SEED_DEMO).toBe(false);
    expect(loadConfig({ ...production, SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
    expect(() => loadConfig({ ...production, SEED_DEMO: 'true' })).toThrow(
      'Invalid configuration: SEED_DEMO must not be true when NODE_ENV=production (production never loads the demo household)',
    );
    expect(loadConfig({ NODE_ENV: 'test' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });

  it('reads how households reach each gemeente (GEMEENTE_CONTACT), trimmed', () => {
    const contact = loadConfig({
      GEMEENTE_CONTACT:
        '{"0363":{"naam":" Gemeente Amsterdam ","telefoon":"14 020","website":"https://www.amsterdam.nl/zorg"},"0599":{"naam":"Gemeente Rotterdam","email":"wijkteam@rotterdam.nl"}}',
    }).GEMEENTE_CONTACT;
    expect(contact).toEqual({
      '0363': { naam: 'Gemeente Amsterdam', telefoon: '14 020', website: 'https://www.amsterdam.nl/zorg' },
      '0599': { naam: 'Gemeente Rotterdam', email: 'wijkteam@rotterdam.nl' },
    });
    expect(loadConfig({}).GEMEENTE_CONTACT).toBeUndefined();
  });

  it('accepts a KurrentDB setup', () => {
    expect(
      loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' }),
    ).toMatchObject({ EVENT_STORE: 'kurrentdb' });
  });

  it('runs the development identity provider in development only, and only without a real one', () => {
    expect(loadConfig({})).toMatchObject({ OIDC_DEV_PROVIDER: true, PUBLIC_URL: 'http://localhost:3000' });
    expect(loadConfig({ NODE_ENV: 'test' }).OIDC_DEV_PROVIDER).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', OIDC_DEV_PROVIDER: 'true', PORT: '4000' })).toMatchObject({
      OIDC_DEV_PROVIDER: true,
      PUBLIC_URL: 'http://localhost:4000',
    });
    const real = { OIDC_ISSUER: 'https://login.gemeente.nl', OIDC_CLIENT_ID: 'regie', OIDC_CLIENT_SECRET: 'x' };
    expect(loadConfig(real).OIDC_DEV_PROVIDER).toBe(false);
  });

  describe('authentication', () => {
    it('uses the public development secret, issuer regie and audience regie-api when nothing is set', () => {
      expect(loadConfig({})).toMatchObject({
        AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
        AUTH_ISSUER: 'regie',
        AUTH_AUDIENCE: 'regie-api',
        RATE_LIMIT_PER_MINUTE: 600,
        AUTH_TOKEN_MAX_HOURS: 12,
      });
      expect(loadConfig({}).AUTH_JWKS_URL).toBeUndefined();
      expect(loadConfig({ NODE_ENV: 'test' }).AUTH_JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    });

    it('refuses no strong secret outside production (development and tests use simple ones)', () => {
      expect(loadConfig({ AUTH_JWT_SECRET: 'a'.repeat(40) }).AUTH_JWT_SECRET).toBe('a'.repeat(40));
      expect(weakSecretProblem(STRONG_SECRET)).toBeUndefined();
      expect(weakSecretProblem('d2VsbCBjaG9zZW4gcmFuZG9tIGJ5dGVzIQ==')).toBeUndefined();
    });

    it('keeps a configured secret and adds no secret next to a JWKS', () => {
      expect(loadConfig({ AUTH_JWT_SECRET: 'a'.repeat(40) }).AUTH_JWT_SECRET).toBe('a'.repeat(40));
      const jwks = loadConfig({ AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks' });
      expect(jwks).toMatchObject({ AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks' });
      expect(jwks.AUTH_JWT_SECRET).toBeUndefined();
    });

    it('accepts production with a JWKS over https or a strong secret of its own', () => {
      const viaJwks = loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.gemeente.nl/.well-known/jwks.json',
        AUTH_ISSUER: 'https://idp.gemeente.nl',
        AUTH_AUDIENCE: 'regie',
        SEARCH_INDEX_KEY: 's'.repeat(40),
      });
      expect(viaJwks).toMatchObject({ AUTH_ISSUER: 'https://idp.gemeente.nl', AUTH_AUDIENCE: 'regie' });
      expect(viaJwks.AUTH_JWT_SECRET).toBeUndefined();
      const secret = STRONG_SECRET;
      const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: secret, SEARCH_INDEX_KEY: 's'.repeat(40) };
      expect(loadConfig(production).AUTH_JWT_SECRET).toBe(secret);
    });
  });
});
